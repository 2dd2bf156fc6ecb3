package dev.guanxi.imports.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return write(name, text.getBytes(charset));
    }

    private TabularFile.Detected detect(Path file) throws IOException {
        return TabularFile.detect(() -> Files.newInputStream(file), file.getFileName().toString(), ReadOptions.detect());
    }

    @Test
    void gbkFileIsDetectedAsGb18030AndReadBackExactly() throws IOException {
        Path file = write("客户.csv", "客户名称,联系人,电话\r\n北京华夏科技有限公司,张三,010-88886666\r\n上海浦东贸易,李四,13800138000\r\n",
                Charset.forName("GBK"));

        assertThat(detect(file)).isEqualTo(new TabularFile.Detected(SourceFormat.CSV, Charset.forName("GB18030"), ','));
        CollectingHandler read = CollectingHandler.read(file);

        assertThat(read.headers).containsExactly("客户名称", "联系人", "电话");
        assertThat(read.rows).containsExactly(
                entry(1L, List.of("北京华夏科技有限公司", "张三", "010-88886666")),
                entry(2L, List.of("上海浦东贸易", "李四", "13800138000")));
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheFirstHeader() throws IOException {
        byte[] body = "Name,Phone\nAcme,123\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(body);
        Path file = write("bom.csv", bytes.toByteArray());

        assertThat(detect(file).charset()).isEqualTo(StandardCharsets.UTF_8);
        CollectingHandler read = CollectingHandler.read(file);

        assertThat(read.headers).containsExactly("Name", "Phone");
        assertThat(read.headers.get(0)).hasSize(4);
        assertThat(read.rows).containsExactly(entry(1L, List.of("Acme", "123")));
    }

    @Test
    void utf16LittleEndianWithByteOrderMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write("名称\t电话\r\n甲\t1\r\n".getBytes(StandardCharsets.UTF_16LE));
        Path file = write("unicode.txt", bytes.toByteArray());

        assertThat(detect(file)).isEqualTo(new TabularFile.Detected(SourceFormat.CSV, StandardCharsets.UTF_16LE, '\t'));
        CollectingHandler read = CollectingHandler.read(file);

        assertThat(read.headers).containsExactly("名称", "电话");
        assertThat(read.rows).containsExactly(entry(1L, List.of("甲", "1")));
    }

    @Test
    void semicolonDelimitedFileWithCommasInValues() throws IOException {
        Path file = write("eu.csv", "Name;Amount;City\nMüller GmbH;1,5;Köln, Altstadt\n", StandardCharsets.UTF_8);

        assertThat(detect(file).delimiter()).isEqualTo(';');
        CollectingHandler read = CollectingHandler.read(file);

        assertThat(read.rows).containsExactly(entry(1L, List.of("Müller GmbH", "1,5", "Köln, Altstadt")));
    }

    @Test
    void tabDelimitedFile() throws IOException {
        Path file = write("export.tsv", "Name\tPhone\tNote\nAcme\t 555-1234 \ta, b; c\n", StandardCharsets.UTF_8);

        assertThat(detect(file).delimiter()).isEqualTo('\t');
        assertThat(CollectingHandler.read(file).rows).containsExactly(entry(1L, List.of("Acme", "555-1234", "a, b; c")));
    }

    @Test
    void delimitersInsideQuotesDoNotCountAndTiesGoToComma() throws IOException {
        Path quoted = write("q.csv", "\"a;b;c\",\"d;e\",f\n1,2,3\n", StandardCharsets.UTF_8);
        Path tie = write("t.csv", "a;b,c\n", StandardCharsets.UTF_8);
        Path single = write("s.csv", "Name\nAcme\n", StandardCharsets.UTF_8);

        assertThat(detect(quoted).delimiter()).isEqualTo(',');
        assertThat(detect(tie).delimiter()).isEqualTo(',');
        assertThat(detect(single).delimiter()).isEqualTo(',');
        assertThat(CollectingHandler.read(quoted).headers).containsExactly("a;b;c", "d;e", "f");
    }

    @Test
    void quotedFieldWithEmbeddedNewlineAndDoubledQuotes() throws IOException {
        Path file = write("quoted.csv", "Name,Note\n\"Acme \"\"Big\"\" Co\",\"line one\nline two\"\nNext,x\n",
                StandardCharsets.UTF_8);

        CollectingHandler read = CollectingHandler.read(file);

        assertThat(read.rows).containsExactly(
                entry(1L, List.of("Acme \"Big\" Co", "line one\nline two")),
                entry(2L, List.of("Next", "x")));
    }

    @Test
    void blankLinesAreSkippedButKeepTheirNumber() throws IOException {
        Path file = write("gaps.csv", "\n\nName,Phone\nA,1\n\n , \nB,2\n", StandardCharsets.UTF_8);

        CollectingHandler read = CollectingHandler.read(file);

        // leading blank lines come before the header and are not numbered; blank data lines are
        assertThat(read.headers).containsExactly("Name", "Phone");
        assertThat(read.rows).containsExactly(entry(1L, List.of("A", "1")), entry(4L, List.of("B", "2")));
    }

    @Test
    void shortRowsArePaddedLongRowsCutAndBlankHeadersNamed() throws IOException {
        Path file = write("ragged.csv", "Name,,Phone,Name\nA\nB,x,2,B2,extra\n,,,,only-extra\n", StandardCharsets.UTF_8);

        CollectingHandler read = CollectingHandler.read(file);

        assertThat(read.headers).containsExactly("Name", "Column 2", "Phone", "Name");
        assertThat(read.rows).containsExactly(
                entry(1L, List.of("A", "", "", "")),
                entry(2L, List.of("B", "x", "2", "B2")),
                entry(3L, List.of("", "", "", "")));
    }

    @Test
    void handlerReturningFalseStopsTheRead() throws IOException {
        Path file = write("many.csv", "N\n1\n2\n3\n4\n", StandardCharsets.UTF_8);
        CollectingHandler handler = new CollectingHandler(2);

        long count = TabularFile.read(() -> Files.newInputStream(file), "many.csv", ReadOptions.detect(), handler);

        assertThat(count).isEqualTo(2);
        assertThat(handler.rows).containsOnlyKeys(1L, 2L);
        assertThat(handler.headerCalls).isEqualTo(1);
    }

    @Test
    void invalidUtf8AfterTheFirstMebibyteFailsAtItsRow() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("Name,Notes\n".getBytes(StandardCharsets.UTF_8)); // 11 bytes: the 1 MiB sample ends mid-character
        // 3-byte characters so that the 1 MiB sample boundary cuts one of them in half
        byte[] line = "客户,备注备注备注备注\n".getBytes(StandardCharsets.UTF_8);
        int rows = 0;
        while (bytes.size() < (1 << 20) + 20_000) {
            bytes.write(line);
            rows++;
        }
        bytes.write("Bad,".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.write("\nAfter,x\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("late.csv", bytes.toByteArray());
        // the sample really ends inside a character: as a whole it would not be valid UTF-8
        assertThat(TextEncoding.isUtf8(java.util.Arrays.copyOf(bytes.toByteArray(), 1 << 20), true)).isFalse();

        assertThat(detect(file).charset()).isEqualTo(StandardCharsets.UTF_8);
        int badRow = rows + 1;
        assertThatThrownBy(() -> CollectingHandler.read(file))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.source.encoding");
                    assertThat(e.args()).containsExactly((long) badRow, "UTF-8");
                });
    }

    @Test
    void sampleCutInsideAMultiByteCharacterIsStillUtf8() {
        byte[] text = "客户".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, 4);

        assertThat(TextEncoding.isUtf8(cut, false)).isTrue();
        assertThat(TextEncoding.isUtf8(cut, true)).isFalse();
    }

    @Test
    void givenCharsetAndDelimiterWinOverDetection() throws IOException {
        Path file = write("latin.csv", "Name|Ort\nJosé|Zürich\n", StandardCharsets.ISO_8859_1);

        CollectingHandler read = CollectingHandler.read(file, new ReadOptions(null, StandardCharsets.ISO_8859_1, '|'));

        assertThat(read.rows).containsExactly(entry(1L, List.of("José", "Zürich")));
    }

    @Test
    void fileWithoutAnyValueHasNoHeader() throws IOException {
        Path file = write("empty.csv", "\n , \n\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CollectingHandler.read(file))
                .isInstanceOfSatisfying(SourceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.source.empty"));
    }

    @Test
    void headerOnlyFileHasNoRows() throws IOException {
        Path file = write("header.csv", "Name,Phone\n", StandardCharsets.UTF_8);

        CollectingHandler read = CollectingHandler.read(file);

        assertThat(read.headers).containsExactly("Name", "Phone");
        assertThat(read.rows).isEmpty();
    }

    @Test
    void tooManyColumnsAndTooLongCellsAreRefused() throws IOException {
        Path wide = write("wide.csv", "c,".repeat(SourceLimits.MAX_COLUMNS) + "c\n", StandardCharsets.UTF_8);
        Path longCell = write("long.csv", "Name,Note\nA,B\nC," + "x".repeat(SourceLimits.MAX_CELL_LENGTH + 1) + "\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CollectingHandler.read(wide))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.source.too-many-columns");
                    assertThat(e.args()).containsExactly(SourceLimits.MAX_COLUMNS + 1, SourceLimits.MAX_COLUMNS);
                });
        assertThatThrownBy(() -> CollectingHandler.read(longCell))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.source.cell-too-long");
                    assertThat(e.args()).containsExactly(2L, 2, SourceLimits.MAX_CELL_LENGTH);
                });
    }

    @Test
    void quoteNeverClosedIsMalformedAtItsRow() throws IOException {
        Path file = write("open.csv", "Name,Note\nA,ok\nB,\"never closed\nC,d\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CollectingHandler.read(file))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.source.malformed");
                    assertThat(e.args()).containsExactly(2L);
                });
    }

    @Test
    void formatFromFileNameAndContent() {
        assertThat(SourceFormat.fromFileName("a.CSV")).contains(SourceFormat.CSV);
        assertThat(SourceFormat.fromFileName("a.tsv")).contains(SourceFormat.CSV);
        assertThat(SourceFormat.fromFileName("a.txt")).contains(SourceFormat.CSV);
        assertThat(SourceFormat.fromFileName("a.b.xlsx")).contains(SourceFormat.XLSX);
        assertThat(SourceFormat.fromFileName("a.xls")).contains(SourceFormat.XLS);
        assertThat(SourceFormat.fromFileName("a.vcf")).contains(SourceFormat.VCARD);
        assertThat(SourceFormat.fromFileName("a.vcard")).contains(SourceFormat.VCARD);
        assertThat(SourceFormat.fromFileName("a.pdf")).isEmpty();
        assertThat(SourceFormat.fromFileName("noext")).isEmpty();
        assertThat(SourceFormat.fromContent(new byte[] {'P', 'K', 3, 4, 0})).isEqualTo(SourceFormat.XLSX);
        assertThat(SourceFormat.fromContent(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})).isEqualTo(SourceFormat.XLS);
        assertThat(SourceFormat.fromContent("\uFEFF \r\nbegin:vcard\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.VCARD);
        assertThat(SourceFormat.fromContent("Name,BEGIN:VCARD".getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.CSV);
        assertThat(SourceFormat.fromContent(new byte[0])).isEqualTo(SourceFormat.CSV);
    }
}
