package dev.guanxi.imports.internal.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.imports.internal.values.DateParsing.DateOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateParsingTest {

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "EMPTY", textBlock = """
            2017-03-01            | AUTO | 2017-03-01
            2017/3/1              | AUTO | 2017-03-01
            2017.3.1              | AUTO | 2017-03-01
            20170301              | AUTO | 2017-03-01
            2017年3月1日            | AUTO | 2017-03-01
            2017年03月01号          | DMY  | 2017-03-01
            ２０１７－０３－０１        | AUTO | 2017-03-01
            2017-03-01 10:20:00   | AUTO | 2017-03-01
            2017-03-01T10:20      | MDY  | 2017-03-01
            2017/3/1 8:05         | AUTO | 2017-03-01
            1/3/2017              | DMY  | 2017-03-01
            1/3/2017              | MDY  | 2017-01-03
            1/3/2017              | AUTO | EMPTY
            3/3/2017              | AUTO | 2017-03-03
            13/3/2017             | AUTO | 2017-03-13
            3/13/2017             | AUTO | 2017-03-13
            13/3/2017             | MDY  | EMPTY
            1.3.17                | DMY  | 2017-03-01
            17/3/1                | YMD  | 2017-03-01
            1/3/70                | DMY  | 1970-03-01
            1/3/69                | DMY  | 2069-03-01
            17年3月1日              | AUTO | 2017-03-01
            2017-02-30            | AUTO | EMPTY
            2016-02-29            | AUTO | 2016-02-29
            20170230              | AUTO | EMPTY
            2017-13-01            | AUTO | EMPTY
            42795                 | AUTO | EMPTY
            2017-03               | AUTO | EMPTY
            2017/3-1              | AUTO | EMPTY
            March 1               | AUTO | EMPTY
            EMPTY                 | AUTO | EMPTY
            ' '                   | AUTO | EMPTY
            """)
    void parse(String text, DateOrder order, LocalDate expected) {
        assertThat(DateParsing.parse(text, order)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "EMPTY", textBlock = """
            2017-03-01                | 2017-02-28T16:00:00Z
            2017-03-01 10:20:30       | 2017-03-01T02:20:30Z
            2017-03-01T10:20          | 2017-03-01T02:20:00Z
            2017-03-01T10:20:00Z      | 2017-03-01T10:20:00Z
            2017-03-01T10:20:00+0100  | 2017-03-01T09:20:00Z
            2017-03-01 25:00          | EMPTY
            not a date                | EMPTY
            """)
    void parseDateTime(String text, Instant expected) {
        assertThat(DateParsing.parseDateTime(text, DateOrder.AUTO, ZoneId.of("Asia/Shanghai")))
                .isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @Test
    void guessTheOrderOfAColumn() {
        assertThat(DateParsing.guess(List.of("1/3/2017", "25/12/2017", "2/2/2017"))).isEqualTo(DateOrder.DMY);
        assertThat(DateParsing.guess(List.of("1/3/2017", "12/25/2017", ""))).isEqualTo(DateOrder.MDY);
        assertThat(DateParsing.guess(List.of("12/25/2017", "11/30/2017", "13/1/2017"))).isEqualTo(DateOrder.MDY);
        assertThat(DateParsing.guess(List.of("1/3/2017", "2017/12/25", "junk"))).isEqualTo(DateOrder.DMY);
        assertThat(DateParsing.guess(List.of())).isEqualTo(DateOrder.DMY);
    }
}
