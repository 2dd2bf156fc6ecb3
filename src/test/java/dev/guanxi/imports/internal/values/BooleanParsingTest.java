package dev.guanxi.imports.internal.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BooleanParsingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "EMPTY", textBlock = """
            yes    | true
            YES    | true
            y      | true
            True   | true
            1      | true
            是      | true
            对      | true
            √      | true
            有      | true
            ＹＥＳ    | true
            ' no ' | false
            N      | false
            false  | false
            0      | false
            否      | false
            错      | false
            ×      | false
            无      | false
            x      | EMPTY
            maybe  | EMPTY
            2      | EMPTY
            ''     | EMPTY
            EMPTY  | EMPTY
            """)
    void parse(String text, Boolean expected) {
        assertThat(BooleanParsing.parse(text)).isEqualTo(Optional.ofNullable(expected));
    }
}
