package dev.guanxi.imports.internal.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParsingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "EMPTY", textBlock = """
            1234          | 1234
            1,234.56      | 1234.56
            1,234,567     | 1234567
            -12.5         | -12.5
            +7            | 7
            .5            | 0.5
            ¥1,234        | 1234
            ￥ 1,234.00    | 1234
            $12           | 12
            -$12          | -12
            €3.5          | 3.5
            RMB 100       | 100
            100 rmb       | 100
            CNY100        | 100
            12 USD        | 12
            1234元         | 1234
            12.5万         | 125000
            3亿            | 300000000
            1,200万        | 12000000
            １２３４．５      | 1234.5
            １，２３４       | 1234
            (1,000)       | -1000
            (¥1,000)      | -1000
            15%           | 15
            １５％           | 15
            12.50         | 12.5
            0             | 0
            1,5           | EMPTY
            1,23,456      | EMPTY
            1 234         | EMPTY
            12abc         | EMPTY
            abc           | EMPTY
            1.2.3         | EMPTY
            --5           | EMPTY
            万             | EMPTY
            ' '           | EMPTY
            EMPTY         | EMPTY
            """)
    void parse(String text, BigDecimal expected) {
        assertThat(NumberParsing.parse(text)).isEqualTo(Optional.ofNullable(expected));
    }
}
