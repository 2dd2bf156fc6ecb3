package dev.guanxi.reporting.internal;

import dev.guanxi.shared.values.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The report as an Excel workbook (xlsx): one row per rep and the total, counts as numbers; amounts as
 * numbers formatted with their currency where a cell holds one currency, as text where it holds several
 * (amounts are never converted).
 */
@Component
public class ReportWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADINGS = List.of("report.col.rep", "report.col.new-deals", "report.col.new-amount",
            "report.col.stage-moves", "report.col.won", "report.col.won-amount", "report.col.lost", "report.col.lost-amount",
            "report.col.activities-done", "report.col.activities-overdue", "report.col.revenue-target",
            "report.col.revenue-actual", "report.col.revenue-percent", "report.col.activities-target",
            "report.col.activities-actual", "report.col.activities-percent");

    private final ReportTexts texts;

    ReportWorkbook(ReportTexts texts) {
        this.texts = texts;
    }

    public byte[] bytes(SalesReport report, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(texts.text("report.sheet", locale));
            Styles styles = new Styles(workbook);
            sheet.createRow(0).createCell(0).setCellValue(texts.title(report.period(), locale));
            sheet.createRow(1).createCell(0).setCellValue(texts.text("report.targets-of", locale, report.targetMonth().code()));
            Row header = sheet.createRow(3);
            for (int i = 0; i < HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(texts.text(HEADINGS.get(i), locale));
                header.getCell(i).setCellStyle(styles.bold);
            }
            int r = 4;
            for (SalesReport.Row row : report.rows()) {
                write(sheet.createRow(r++), row, row.name(), styles);
            }
            write(sheet.createRow(r), report.total(), texts.text("report.total", locale), styles);
            sheet.setColumnWidth(0, 24 * 256);
            for (int i = 1; i < HEADINGS.size(); i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row out, SalesReport.Row row, String name, Styles styles) {
        int c = 0;
        out.createCell(c++).setCellValue(name);
        out.createCell(c++).setCellValue(row.deals().created());
        amount(out, c++, row.deals().createdAmount(), styles);
        out.createCell(c++).setCellValue(row.deals().stageMoves());
        out.createCell(c++).setCellValue(row.deals().won());
        amount(out, c++, row.deals().wonAmount(), styles);
        out.createCell(c++).setCellValue(row.deals().lost());
        amount(out, c++, row.deals().lostAmount(), styles);
        out.createCell(c++).setCellValue(row.activitiesDone());
        out.createCell(c++).setCellValue(row.activitiesOverdue());
        amount(out, c++, row.revenueTarget(), styles);
        amount(out, c++, row.revenueActual(), styles);
        optional(out, c++, row.revenuePercent());
        optional(out, c++, row.activitiesTarget());
        out.createCell(c++).setCellValue(row.activitiesActual());
        optional(out, c, row.activitiesPercent());
    }

    private static void amount(Row out, int column, List<Money> amounts, Styles styles) {
        if (amounts.size() == 1) {
            out.createCell(column).setCellValue(amounts.get(0).amount().doubleValue());
            out.getCell(column).setCellStyle(styles.money(amounts.get(0).currency()));
        } else if (!amounts.isEmpty()) {
            out.createCell(column).setCellValue(new ReportFormat(Locale.ENGLISH).amounts(amounts));
        }
    }

    private static void optional(Row out, int column, Integer value) {
        if (value != null) {
            out.createCell(column).setCellValue(value);
        }
    }

    /** Cell styles are per workbook and limited in number: one per currency. */
    private static final class Styles {
        final XSSFWorkbook workbook;
        final CellStyle bold;
        final Map<String, CellStyle> money = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
        }

        CellStyle money(String currency) {
            return money.computeIfAbsent(currency, code -> {
                CellStyle style = workbook.createCellStyle();
                // the currency is three capital letters (checked by the database), safe inside a format
                style.setDataFormat(workbook.createDataFormat().getFormat("\"" + code + " \"#,##0.00"));
                return style;
            });
        }
    }
}
