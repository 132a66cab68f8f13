package vn.hcmc.feedback.insight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly report's table as files: CSV (UTF-8 with a byte-order mark, for spreadsheet programs) and an Excel
 * workbook (Apache POI). One row per unit in ranking order, then the city's totals; rates as fractions in the
 * workbook (formatted as percentages) and in the CSV.
 */
final class MonthlyExport {

    static final List<String> HEADER = List.of("rank", "unit_code", "unit", "received", "answered", "answered_with_deadline",
            "answered_on_time",
            "on_time_rate", "in_progress", "overdue_now", "median_hours_to_accept", "p90_hours_to_accept",
            "median_hours_to_answer", "p90_hours_to_answer", "information_requests", "transfers", "extensions",
            "escalations_level_1", "escalations_level_2", "ratings", "mean_rating", "low_rating_share", "reopened");

    private MonthlyExport() {
    }

    static List<Object> row(Integer rank, UnitFigures.Figures f) {
        List<Object> row = new ArrayList<>();
        row.add(rank);
        row.add(f.unitCode());
        row.add(f.unitName());
        row.add(f.received());
        row.add(f.answered());
        row.add(f.answeredWithDeadline());
        row.add(f.answeredOnTime());
        row.add(f.onTimeRate());
        row.add(f.inProgress());
        row.add(f.overdueNow());
        row.add(f.medianHoursToAccept());
        row.add(f.p90HoursToAccept());
        row.add(f.medianHoursToAnswer());
        row.add(f.p90HoursToAnswer());
        row.add(f.informationRequests());
        row.add(f.transfers());
        row.add(f.extensions());
        row.add(f.escalationsLevel1());
        row.add(f.escalationsLevel2());
        row.add(f.ratings());
        row.add(f.meanRating());
        row.add(f.lowRatingShare());
        row.add(f.reopened());
        return row;
    }

    static List<List<Object>> rows(MonthlyReports.MonthlyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        List<UnitFigures.Figures> units = report.table().units();
        for (int i = 0; i < units.size(); i++) {
            rows.add(row(units.get(i).answered() > 0 ? i + 1 : null, units.get(i)));
        }
        rows.add(row(null, report.table().city()));
        return rows;
    }

    static String csv(MonthlyReports.MonthlyReport report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", HEADER)).append("\r\n");
        for (List<Object> row : rows(report)) {
            List<String> cells = new ArrayList<>();
            for (Object value : row) {
                cells.add(cell(value));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.4f", d);
        }
        String text = value.toString();
        // a spreadsheet must not read a unit's name as a formula
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static byte[] xlsx(MonthlyReports.MonthlyReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Kỳ " + report.month());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Báo cáo tháng / Monthly report " + report.month() + " · "
                    + report.table().period().inWords() + " (giờ TP.HCM / city time)");
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            List<List<Object>> rows = rows(report);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 3);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        String column = HEADER.get(c);
                        if (column.endsWith("_rate") || column.endsWith("_share")) {
                            cell.setCellStyle(percent);
                        } else if (value instanceof Double) {
                            cell.setCellStyle(decimal);
                        }
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(3, 3);
            sheet.setColumnWidth(2, 36 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook could not be written", e);
        }
    }
}
