package org.shangmen.analytics.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shangmen.analytics.application.port.in.Insights.Tabular;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An insight as a file: CSV (UTF-8 with a byte-order mark, for Excel) or an Excel workbook; amounts in fen. */
final class InsightFiles {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private InsightFiles() {
    }

    static String csv(Tabular table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.copyOf(table.columns()));
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = String.valueOf(cells.get(i));
            // A cell a spreadsheet would read as a formula is quoted with a leading apostrophe.
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !(cells.get(i) instanceof Number)) {
                cell = "'" + cell;
            }
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            out.append(cell);
        }
        out.append("\r\n");
    }

    static byte[] xlsx(Tabular table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(table.title());
            int r = 0;
            Row head = sheet.createRow(r++);
            for (int c = 0; c < table.columns().size(); c++) {
                head.createCell(c).setCellValue(table.columns().get(c));
            }
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        // Whole fen and counts fit a double exactly (below 2^53).
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer as JSON, CSV or Excel; {@code analytics.format-invalid} for another format. */
    static ResponseEntity<?> answer(Tabular table, String format, String name) {
        return switch (format == null ? "json" : format) {
            case "json" -> ResponseEntity.ok(table);
            case "csv" -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(csv(table));
            case "xlsx" -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".xlsx\"")
                    .contentType(XLSX)
                    .body(xlsx(table));
            default -> throw org.shangmen.kernel.DomainException.invalid("analytics.format-invalid");
        };
    }
}
