package dev.guanxi.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.imports.ImportField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class RowConverterTest {

    private final ImportField name = ImportField.text("name", "name", 200).asRequired();
    private final RowConverter converter = new RowConverter(Map.of(0, name), List.of(name),
            new ImportMapping(null, null, null, null, null, null), new StaticMessageSource());

    @Test
    void aCellOfOnlyNulCharactersIsEmptySoARequiredFieldIsMissingRatherThanAnEmptyValue() {
        RowConverter.Result result = converter.convert(2, List.of(" \u0000\u0000 "));

        assertThat(result.row()).isNull();
        assertThat(result.rejection().field()).isEqualTo("name");
        assertThat(result.rejection().reasonKey()).isEqualTo("import.row.required");
    }

    @Test
    void nulCharactersInsideAValueAreDroppedAndTheValueTrimmed() {
        RowConverter.Result result = converter.convert(2, List.of("\u0000 华东钢铁 "));

        assertThat(result.row().text("name")).isEqualTo("华东钢铁");
    }
}
