package dev.guanxi.imports.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VCardSourceTest {

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.replace("\n", "\r\n").getBytes(charset));
        return file;
    }

    @Test
    void vcard30TwoCards() throws IOException {
        Path file = write("contacts.vcf", """
                BEGIN:VCARD
                VERSION:3.0
                FN:张三
                N:张;三;;;
                ORG:北京华夏科技有限公司;销售部
                TITLE:经理
                TEL;TYPE=CELL:13800138000
                TEL;TYPE=HOME:010-11112222
                TEL;TYPE=WORK,VOICE:010-88886666
                EMAIL;TYPE=INTERNET,WORK:zhang@example.com
                EMAIL;TYPE=INTERNET:zs@example.org
                BDAY:1985-04-12
                ADR;TYPE=WORK:;;建国路88号;北京;北京市;100022;中国
                NOTE:老客户\\, 重要
                UID:urn:uuid:1
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                N:Fraser;Moses;;;
                TEL:+1 555 0100
                END:VCARD
                """, StandardCharsets.UTF_8);

        assertThat(TabularFile.detect(() -> Files.newInputStream(file), "contacts.vcf", ReadOptions.detect()))
                .isEqualTo(new TabularFile.Detected(SourceFormat.VCARD, StandardCharsets.UTF_8, null));
        CollectingHandler read = CollectingHandler.read(file);

        assertThat(read.headers).containsExactly("Name", "Family name", "Given name", "Organization", "Department",
                "Title", "Phone", "Mobile", "E-mail", "Other e-mail", "Birthday", "Address", "Note", "UID");
        assertThat(read.rows).containsExactly(
                entry(1L, List.of("张三", "张", "三", "北京华夏科技有限公司", "销售部", "经理", "010-88886666", "13800138000",
                        "zhang@example.com", "zs@example.org", "1985-04-12", "建国路88号, 北京, 北京市, 100022, 中国",
                        "老客户, 重要", "urn:uuid:1")),
                entry(2L, List.of("Moses Fraser", "Fraser", "Moses", "", "", "", "+1 555 0100", "", "", "", "", "", "",
                        "")));
    }

    @Test
    void vcard40TwoCardsWithTelUrisAndPartialBirthday() throws IOException {
        Path file = write("four.vcf", """
                BEGIN:VCARD
                VERSION:4.0
                N:王;芳;;;
                TEL;VALUE=uri;TYPE="cell,voice":tel:+86-139-0000-1111
                TEL;VALUE=uri;TYPE=work:tel:+86-10-6666-7777
                BDAY:19900102
                END:VCARD
                BEGIN:VCARD
                VERSION:4.0
                FN:Li Lei
                BDAY:--0412
                EMAIL:li@example.com
                END:VCARD
                """, StandardCharsets.UTF_8);

        CollectingHandler read = CollectingHandler.read(file);

        assertThat(read.rows).containsExactly(
                entry(1L, List.of("王芳", "王", "芳", "", "", "", "+86-10-6666-7777", "+86-139-0000-1111", "", "",
                        "1990-01-02", "", "", "")),
                entry(2L, List.of("Li Lei", "", "", "", "", "", "", "", "li@example.com", "", "--04-12", "", "", "")));
    }

    @Test
    void vcard21QuotedPrintableWithUtf8AndGbkCharsets() throws IOException {
        String gbkQp = qp("李四".getBytes(Charset.forName("GBK")));
        Path file = write("old-phone.vcf", """
                BEGIN:VCARD
                VERSION:2.1
                N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=B8=89;;;
                FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=B8=89
                TEL;CELL:13800138000
                END:VCARD
                BEGIN:VCARD
                VERSION:2.1
                FN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:%s
                TEL;WORK;VOICE:010-1234
                NOTE;ENCODING=QUOTED-PRINTABLE:=E5=A4=87=E6=B3=A8=
                =E4=BA=8C
                END:VCARD
                """.formatted(gbkQp), StandardCharsets.US_ASCII);

        CollectingHandler read = CollectingHandler.read(file);

        assertThat(read.rows.get(1L)).startsWith("张三", "张", "三");
        assertThat(read.rows.get(1L).get(7)).isEqualTo("13800138000");
        assertThat(read.rows.get(2L).get(0)).isEqualTo("李四");
        assertThat(read.rows.get(2L).get(6)).isEqualTo("010-1234");
        // no CHARSET parameter: the file's own charset (here UTF-8, as the file is ASCII); "=" at a line end continues
        assertThat(read.rows.get(2L).get(12)).isEqualTo("备注二");
    }

    @Test
    void wholeGbkVcard21FileIsDecodedAsGb18030() throws IOException {
        Path file = write("gbk.vcf", """
                BEGIN:VCARD
                VERSION:2.1
                N;CHARSET=GBK:赵;六
                FN;CHARSET=GBK:赵六
                ORG;CHARSET=GBK:上海浦东贸易
                END:VCARD
                """, Charset.forName("GBK"));

        assertThat(TabularFile.detect(() -> Files.newInputStream(file), "gbk.vcf", ReadOptions.detect()).charset())
                .isEqualTo(Charset.forName("GB18030"));
        CollectingHandler read = CollectingHandler.read(file);

        assertThat(read.rows.get(1L)).startsWith("赵六", "赵", "六", "上海浦东贸易");
    }

    @Test
    void vcfWithoutCardsIsEmpty() throws IOException {
        Path file = write("nothing.vcf", "BEGIN:VCARD-ish but not really\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CollectingHandler.read(file, new ReadOptions(SourceFormat.VCARD, null, null)))
                .isInstanceOfSatisfying(SourceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.source.empty"));
    }

    private static String qp(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append('=').append(String.format("%02X", b & 0xFF));
        }
        return text.toString();
    }
}
