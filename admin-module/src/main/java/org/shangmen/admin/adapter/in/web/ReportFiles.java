package org.shangmen.admin.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shangmen.billing.api.FinanceReports.Report;

/** A financial report as a file: CSV (UTF-8 with a byte-order mark, for Excel) or an Excel workbook; amounts in fen. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** The report's lines in order: a key, the Chinese label, the amount in fen. */
    static Map<String, Object[]> lines(Report r) {
        Map<String, Object[]> lines = new LinkedHashMap<>();
        lines.put("customerPaymentsFen", new Object[] {"客户支付", r.customerPaymentsFen()});
        lines.put("commissionFen", new Object[] {"佣金收入", r.commissionFen()});
        lines.put("cancellationFeesFen", new Object[] {"取消费收入", r.cancellationFeesFen()});
        lines.put("revenueFen", new Object[] {"平台收入合计", r.revenueFen()});
        lines.put("refundsFen", new Object[] {"退款", r.refundsFen()});
        lines.put("promotionCostFen", new Object[] {"促销成本", r.promotionCostFen()});
        lines.put("refundExpenseFen", new Object[] {"平台承担的退款", r.refundExpenseFen()});
        lines.put("workerEarningsFen", new Object[] {"家政人员收入", r.workerEarningsFen()});
        lines.put("workerAdjustmentsFen", new Object[] {"结算调整(奖励减扣款)", r.workerAdjustmentsFen()});
        lines.put("workerPayoutsFen", new Object[] {"已打款给家政人员", r.workerPayoutsFen()});
        lines.put("profitFen", new Object[] {"平台利润", r.profitFen()});
        return lines;
    }

    static String csv(Report r) {
        StringBuilder out = new StringBuilder("\uFEFFitem,label,amount_fen\r\n");
        out.append("from,期间开始,").append(r.from()).append("\r\n");
        out.append("until,期间结束,").append(r.until()).append("\r\n");
        out.append("region,地区,").append(r.region().orElse("ALL")).append("\r\n");
        lines(r).forEach((key, line) -> out.append(key).append(',').append(line[0]).append(',').append(line[1]).append("\r\n"));
        return out.toString();
    }

    static byte[] xlsx(Report r) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("财务报表");
            int i = 0;
            Row head = sheet.createRow(i++);
            head.createCell(0).setCellValue("item");
            head.createCell(1).setCellValue("label");
            head.createCell(2).setCellValue("amount_fen");
            for (String[] meta : List.of(new String[] {"from", "期间开始", r.from().toString()},
                    new String[] {"until", "期间结束", r.until().toString()},
                    new String[] {"region", "地区", r.region().orElse("ALL")})) {
                Row row = sheet.createRow(i++);
                row.createCell(0).setCellValue(meta[0]);
                row.createCell(1).setCellValue(meta[1]);
                row.createCell(2).setCellValue(meta[2]);
            }
            for (Map.Entry<String, Object[]> line : lines(r).entrySet()) {
                Row row = sheet.createRow(i++);
                row.createCell(0).setCellValue(line.getKey());
                row.createCell(1).setCellValue((String) line.getValue()[0]);
                // Whole fen fit a double exactly (below 2^53).
                row.createCell(2).setCellValue((long) line.getValue()[1]);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
