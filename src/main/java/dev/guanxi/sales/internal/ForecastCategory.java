package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/**
 * The rep's own call on a deal for the forecast (预测类别): plain pipeline, best case (may close this
 * period), commit (will close; what the rep answers for), or omitted (left out of the forecast).
 */
public enum ForecastCategory implements CodedEnum {
    PIPELINE("pipeline"),
    BEST_CASE("best_case"),
    COMMIT("commit"),
    OMITTED("omitted");

    private final String code;

    ForecastCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<ForecastCategory> {
        Converter() {
            super(ForecastCategory.class);
        }
    }
}
