package dev.guanxi.imports.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelSourceTest {

    @TempDir
    Path dir;

    /**
     * The same sheet for xlsx and xls: a blank first row, the header, typed cells, a sparse row, a row Excel never
     * wrote (a gap), a formula, a second sheet that must not be read.
     */
    private Path workbook(Workbook workbook, String name) throws IOException {
        CreationHelper helper = workbook.getCreationHelper();
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(helper.createDataFormat().getFormat("yyyy/m/d"));
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(helper.createDataFormat().getFormat("0%"));
        CellStyle money = workbook.createCellStyle();
        money.setDataFormat(helper.createDataFormat().getFormat("#,##0.00"));

        Sheet sheet = workbook.createSheet("Customers");
        Row header = sheet.createRow(1);
        String[] names = {"Name", "Signed", "Phone", "Amount", "Formula", "VIP", "Big", "Rate", "Visit"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row first = sheet.createRow(2);
        first.createCell(0).setCellValue("  Acme 客户  ");
        first.createCell(1).setCellValue(LocalDate.of(2017, 3, 1));
        first.getCell(1).setCellStyle(date);
        first.createCell(2).setCellValue(13800138000d);
        first.createCell(3).setCellValue(12.5);
        first.getCell(3).setCellStyle(money);
        first.createCell(4).setCellFormula("1+1");
        first.createCell(5).setCellValue(true);
        first.createCell(6).setCellValue(1e20);
        first.createCell(7).setCellValue(0.15);
        first.getCell(7).setCellStyle(percent);
        first.createCell(8).setCellValue(LocalDateTime.of(2017, 3, 1, 10, 20, 30));
        first.getCell(8).setCellStyle(dateTime);
        Row sparse = sheet.createRow(3);
        sparse.createCell(0).setCellValue("Sparse");
        sparse.createCell(2).setCellValue("010-1234");
        sparse.createCell(5).setCellValue(false);
        // rows 4 and 5 (data rows 3 and 4) are never written
        Row afterGap = sheet.createRow(6);
        afterGap.createCell(0).setCellValue("After gap");
        afterGap.createCell(3).setCellValue(0.1 + 0.2);
        afterGap.createCell(4).setCellFormula("\"x\"&\"y\"");
        afterGap.createCell(12).setCellValue("beyond the header");
        workbook.createSheet("Other").createRow(0).createCell(0).setCellValue("not read");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    private void assertSheet(CollectingHandler read) {
        assertThat(read.headers).containsExactly("Name", "Signed", "Phone", "Amount", "Formula", "VIP", "Big", "Rate",
                "Visit");
        assertThat(read.rows).containsExactly(
                entry(1L, List.of("Acme 客户", "2017-03-01", "13800138000", "12.5", "2", "TRUE",
                        "100000000000000000000", "15%", "2017-03-01 10:20:30")),
                entry(2L, List.of("Sparse", "", "010-1234", "", "", "FALSE", "", "", "")),
                entry(5L, List.of("After gap", "", "", "0.3", "xy", "", "", "", "")));
    }

    @Test
    void xlsxCellsComeOutAsPlainText() throws IOException {
        Path file = workbook(new XSSFWorkbook(), "customers.xlsx");

        assertThat(TabularFile.detect(() -> Files.newInputStream(file), "customers.xlsx", ReadOptions.detect()))
                .isEqualTo(new TabularFile.Detected(SourceFormat.XLSX, null, null));
        assertSheet(CollectingHandler.read(file));
    }

    @Test
    void xlsCellsComeOutAsPlainText() throws IOException {
        Path file = workbook(new HSSFWorkbook(), "customers.xls");

        assertThat(TabularFile.detect(() -> Files.newInputStream(file), "customers.xls", ReadOptions.detect()))
                .isEqualTo(new TabularFile.Detected(SourceFormat.XLS, null, null));
        assertSheet(CollectingHandler.read(file));
    }

    @Test
    void contentDecidesOverAWrongExtension() throws IOException {
        Path file = workbook(new XSSFWorkbook(), "customers.xls");

        assertThat(TabularFile.detect(() -> Files.newInputStream(file), "customers.xls", ReadOptions.detect()).format())
                .isEqualTo(SourceFormat.XLSX);
        assertSheet(CollectingHandler.read(file));
    }

    @Test
    void stoppingAnXlsxReadEndsTheParse() throws IOException {
        Path file = workbook(new XSSFWorkbook(), "customers.xlsx");
        CollectingHandler handler = new CollectingHandler(1);

        long count = TabularFile.read(() -> Files.newInputStream(file), "customers.xlsx", ReadOptions.detect(), handler);

        assertThat(count).isEqualTo(1);
        assertThat(handler.rows).containsOnlyKeys(1L);
    }

    @Test
    void handlerFailureInsideTheSaxParseComesOutUnchanged() throws IOException {
        Path file = workbook(new XSSFWorkbook(), "customers.xlsx");
        IllegalStateException boom = new IllegalStateException("engine failed");
        RowHandler failing = new RowHandler() {
            @Override
            public void headers(List<String> headers) {
            }

            @Override
            public boolean row(long number, List<String> cells) {
                throw boom;
            }
        };

        assertThatThrownBy(() -> TabularFile.read(() -> Files.newInputStream(file), "x.xlsx", ReadOptions.detect(),
                failing)).isSameAs(boom);
    }

    @Test
    void textFileRenamedToXlsxIsUnreadable() throws IOException {
        Path file = dir.resolve("renamed.xlsx");
        Files.writeString(file, "Name,Phone\nAcme,1\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CollectingHandler.read(file))
                .isInstanceOfSatisfying(SourceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.source.unreadable"));
    }

    @Test
    void zipThatIsNoWorkbookIsUnreadable() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path truncated = dir.resolve("truncated.xlsx");
        byte[] real = Files.readAllBytes(workbook(new XSSFWorkbook(), "real.xlsx"));
        Files.write(truncated, java.util.Arrays.copyOf(real, real.length / 2));
        Path brokenXls = dir.resolve("broken.xls");
        Files.write(brokenXls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});

        for (Path bad : List.of(file, truncated, brokenXls)) {
            assertThatThrownBy(() -> CollectingHandler.read(bad))
                    .as(bad.getFileName().toString())
                    .isInstanceOfSatisfying(SourceException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("import.source.unreadable"));
        }
    }

    @Test
    void emptyWorkbookHasNoHeader() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Empty");
            workbook.write(out);
        }

        assertThatThrownBy(() -> CollectingHandler.read(file))
                .isInstanceOfSatisfying(SourceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.source.empty"));
    }

    @Test
    void largeXlsxStreams() throws IOException {
        int rows = 200_000;
        Path file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Large");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Name");
            header.createCell(1).setCellValue("Phone");
            header.createCell(2).setCellValue("Amount");
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Customer " + r);
                row.createCell(1).setCellValue(13_800_000_000d + r);
                row.createCell(2).setCellValue(r / 4.0);
            }
            workbook.write(out);
            workbook.dispose();
        }
        long[] seen = new long[1];
        List<String>[] last = new List[1];
        RowHandler counting = new RowHandler() {
            @Override
            public void headers(List<String> headers) {
            }

            @Override
            public boolean row(long number, List<String> cells) {
                seen[0]++;
                if (number != seen[0]) {
                    throw new AssertionError("row " + number + " after " + (seen[0] - 1));
                }
                last[0] = cells;
                return true;
            }
        };

        long started = System.nanoTime();
        long count = TabularFile.read(() -> Files.newInputStream(file), "large.xlsx", ReadOptions.detect(), counting);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("read " + count + " xlsx rows in " + millis + " ms");

        assertThat(count).isEqualTo(rows);
        assertThat(last[0]).containsExactly("Customer 200000", "13800200000", "50000");
    }
}
