package dev.guanxi.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.shared.export.ExportColumn;
import dev.guanxi.shared.export.ExportFormat;
import dev.guanxi.shared.export.ExportRows;
import dev.guanxi.shared.export.SpreadsheetText;
import dev.guanxi.shared.export.TableExport;
import dev.guanxi.shared.paging.Slice;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Formula neutralisation and the page-by-page row source, without a database. */
class TableExportTest {

    record Line(String text, BigDecimal amount) {
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=1+2|'=1+2", "+86 138|'+86 138", "-2|'-2", "@SUM(A1)|'@SUM(A1)", "王芳|王芳", "a=b|a=b"})
    void textThatASpreadsheetWouldRunGetsAnApostrophe(String text, String written) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo(written);
    }

    @Test
    void numbersStayNumbersAndEveryPageIsRead() {
        List<Slice<Line>> pages = List.of(
                new Slice<>(List.of(new Line("=cmd", new BigDecimal("-5.00")), new Line("ok", BigDecimal.ONE)), "2"),
                new Slice<>(List.of(new Line("last", null)), null));
        List<String> asked = new ArrayList<>();
        ExportRows<Line> rows = ExportRows.of(cursor -> {
            asked.add(String.valueOf(cursor));
            return cursor == null ? pages.get(0) : pages.get(1);
        }, 10);
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("h.text", Locale.ENGLISH, "Text");
        messages.addMessage("h.amount", Locale.ENGLISH, "Amount");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new TableExport<>(List.of(ExportColumn.<Line>of("h.text", Line::text), ExportColumn.<Line>of("h.amount", Line::amount)),
                messages, Locale.ENGLISH, ZoneId.of("UTC")).write(ExportFormat.CSV, rows, out);
        assertThat(written).isEqualTo(3);
        assertThat(asked).containsExactly("null", "2");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFText,Amount\r\n'=cmd,-5.00\r\nok,1\r\nlast,\r\n");
        assertThat(ExportRows.of(cursor -> pages.get(0), 1)).hasSize(1);
    }
}
