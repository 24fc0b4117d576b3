package org.shangmen.admin.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shangmen.admin.adapter.in.web.AuditController.AuditEntryView;

/** The audit log as a file: CSV (UTF-8 with a byte-order mark, for Excel) or an Excel workbook. */
final class AuditFiles {

    private static final List<String> HEADER = List.of("occurred_at", "operator_id", "operator_name", "permissions", "method",
            "route", "action", "object_ids", "status", "client_address", "request_body", "response_body");

    private AuditFiles() {
    }

    static String csv(List<AuditEntryView> entries) {
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
        for (AuditEntryView e : entries) {
            out.append(cells(e).stream().map(AuditFiles::quoted).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    static byte[] xlsx(List<AuditEntryView> entries) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("审计日志");
            int i = 0;
            write(sheet.createRow(i++), HEADER);
            for (AuditEntryView e : entries) {
                write(sheet.createRow(i++), cells(e));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            // A cell holds at most 32 767 characters.
            String v = cells.get(c);
            row.createCell(c).setCellValue(v.length() > 32_000 ? v.substring(0, 32_000) : v);
        }
    }

    private static List<String> cells(AuditEntryView e) {
        return List.of(e.occurredAt().toString(), text(e.operatorId()), text(e.operatorName()),
                String.join(" ", new TreeSet<>(e.permissions())), e.method(), e.route(), e.action(),
                e.objectIds().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).sorted().collect(Collectors.joining(" ")),
                String.valueOf(e.status()), e.clientAddress(), text(e.requestBody()), text(e.responseBody()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Quoted, with a leading formula character defused so a spreadsheet never evaluates a logged value. */
    private static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
