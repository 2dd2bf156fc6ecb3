package dev.guanxi.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * Writes rows to CSV (commons-csv, UTF-8 with a byte order mark so Excel reads Chinese correctly) or
 * Excel (POI's streaming workbook: only a window of rows is in memory, the rest goes to a temporary
 * file), as they come from {@link ExportRows}, so an export of a million rows never holds them all.
 */
public final class TableExport<T> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int EXCEL_WINDOW = 200;

    private final List<ExportColumn<T>> columns;
    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;

    public TableExport(List<ExportColumn<T>> columns, MessageSource messages, Locale locale, ZoneId zone) {
        this.columns = List.copyOf(columns);
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    /** Writes the header and every row; returns how many rows were written. */
    public long write(ExportFormat format, Iterable<T> rows, OutputStream out) {
        try {
            return format == ExportFormat.CSV ? csv(rows, out) : excel(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long csv(Iterable<T> rows, OutputStream out) throws IOException {
        // buffered: the CSV printer writes token by token, the encoder and the response should see large blocks
        Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        long count = 0;
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(headers());
        for (T row : rows) {
            List<String> cells = new ArrayList<>(columns.size());
            for (ExportColumn<T> column : columns) {
                Object value = column.value().apply(row);
                cells.add(value instanceof Number n ? plain(n) : SpreadsheetText.neutralise(text(value)));
            }
            printer.printRecord(cells);
            count++;
        }
        printer.flush();
        return count;
    }

    private long excel(Iterable<T> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(EXCEL_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Guanxi");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> headers = headers();
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            int index = 1;
            for (T row : rows) {
                Row line = sheet.createRow(index++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).value().apply(row);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = line.createCell(i);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        // setCellValue(String) stores a text cell, never a formula; neutralised as well for
                        // whoever copies it on as CSV
                        cell.setCellValue(SpreadsheetText.neutralise(text(value)));
                    }
                }
            }
            workbook.write(out);
            return index - 1L;
        } finally {
            workbook.close();
        }
    }

    private List<String> headers() {
        return columns.stream().map(c -> messages.getMessage(c.headerKey(), null, c.headerKey(), locale)).toList();
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant.atZone(zone));
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Collection<?> many) {
            return String.join(", ", many.stream().map(String::valueOf).toList());
        }
        if (value instanceof ExportColumn.Label label) {
            return messages.getMessage(label.key(), null, label.code(), locale);
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "export.yes" : "export.no", null, locale);
        }
        return value.toString();
    }

    private static String plain(Number number) {
        return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
    }
}
