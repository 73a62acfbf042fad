package org.mufakat.commitments.web;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mufakat.commitments.PlanDetails;
import org.mufakat.commitments.PlanProgress;
import org.mufakat.commitments.ReportView;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan's progress as a spreadsheet (a "Progress" sheet by area and year, a "Reports" sheet with every report) and as
 * CSV (the progress rows; UTF-8 with a byte order mark so that spreadsheet programs read Vietnamese right; RFC 4180).
 */
@Component
class PlanExports {

    static final List<String> PROGRESS_COLUMNS = List.of("area", "title", "year", "reports", "completed", "ongoing", "planned",
            "dropped", "percent_completed");
    static final List<String> REPORT_COLUMNS = List.of("year", "party", "status", "action_lines", "activity");

    byte[] xlsx(PlanDetails plan, PlanProgress progress, List<ReportView> reports, Locale locale) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet sheet = workbook.createSheet("Progress");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(plan.plan().title().in(locale));
            writeRow(sheet.createRow(1), PROGRESS_COLUMNS, header);
            int r = 2;
            for (List<Object> row : progressRows(progress, locale)) {
                writeRow(sheet.createRow(r++), row, null);
            }
            for (int c = 0; c < PROGRESS_COLUMNS.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            Sheet reportSheet = workbook.createSheet("Reports");
            writeRow(reportSheet.createRow(0), REPORT_COLUMNS, header);
            r = 1;
            for (ReportView report : reports) {
                writeRow(reportSheet.createRow(r++), List.of(report.year(), report.party().value(), report.status().name(),
                        String.join(", ", report.actionLines()), report.activity().in(locale)), null);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv(PlanProgress progress, Locale locale) {
        var text = new StringBuilder("\uFEFF");
        text.append(line(new ArrayList<>(PROGRESS_COLUMNS)));
        for (List<Object> row : progressRows(progress, locale)) {
            text.append(line(row));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One row per area and year, then one total per area (year empty). */
    static List<List<Object>> progressRows(PlanProgress progress, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanProgress.AreaRow area : progress.rows()) {
            for (int i = 0; i < progress.years().size(); i++) {
                rows.add(row(area, progress.years().get(i), area.cells().get(i), locale));
            }
            rows.add(row(area, null, area.total(), locale));
        }
        return rows;
    }

    private static List<Object> row(PlanProgress.AreaRow area, Integer year, PlanProgress.Tally tally, Locale locale) {
        List<Object> row = new ArrayList<>();
        row.add(area.area().number());
        row.add(area.area().title().in(locale));
        row.add(year == null ? "" : year);
        row.add(tally.reports());
        row.add(tally.completed());
        row.add(tally.ongoing());
        row.add(tally.planned());
        row.add(tally.dropped());
        row.add(tally.percent() == null ? "" : tally.percent());
        return row;
    }

    private static void writeRow(Row row, List<?> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            Object value = values.get(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled; lines end with CRLF. */
    static String line(List<?> values) {
        var line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = String.valueOf(values.get(i));
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.append("\r\n").toString();
    }
}
