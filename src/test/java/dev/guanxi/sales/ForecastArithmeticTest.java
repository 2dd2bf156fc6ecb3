package dev.guanxi.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guanxi.planning.internal.PlanVsActual;
import dev.guanxi.sales.internal.forecast.ForecastAccuracy;
import dev.guanxi.sales.internal.forecast.ForecastFigures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The money arithmetic of the forecast, accuracy and plans: BigDecimal, per currency, half-up cents. */
class ForecastArithmeticTest {

    private static ForecastFigures figures(String currency, String pipeline, String weighted) {
        return new ForecastFigures(currency, new BigDecimal(pipeline), new BigDecimal(weighted), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void figuresAreRoundedToCentsHalfUpOnce() {
        // 33,333.33 at 15% is 4,999.9995: half up to 5,000.00
        ForecastFigures f = figures("CNY", "33333.33", "4999.9995");
        assertThat(f.weighted()).isEqualByComparingTo("5000.00");
        assertThat(f.weighted().scale()).isEqualTo(2);
        assertThat(figures("CNY", "0.005", "0.004").pipeline()).isEqualByComparingTo("0.01");
        assertThat(figures("CNY", "0.005", "0.004").weighted()).isEqualByComparingTo("0.00");
        assertThat(new ForecastFigures("CNY", null, null, null, null, null).isZero()).isTrue();
    }

    @Test
    void totalsAddOnlyTheSameCurrency() {
        List<ForecastFigures> total = ForecastFigures.sumAll(List.of(
                List.of(figures("CNY", "100.10", "10.01"), figures("USD", "5", "2.5")),
                List.of(figures("CNY", "0.20", "0.02")),
                List.of(figures("EUR", "1", "1"))));
        assertThat(total).extracting(ForecastFigures::currency).containsExactly("CNY", "EUR", "USD");
        assertThat(total.get(0).pipeline()).isEqualByComparingTo("100.30");
        assertThat(total.get(0).weighted()).isEqualByComparingTo("10.03");
        assertThat(total.get(2).weighted()).isEqualByComparingTo("2.50");
        assertThatThrownBy(() -> figures("CNY", "1", "1").plus(figures("USD", "1", "1")))
                .isInstanceOf(IllegalArgumentException.class);
        // binary floating point would make 0.1 + 0.2 = 0.30000000000000004
        assertThat(ForecastFigures.sum(List.of(figures("CNY", "0.1", "0"), figures("CNY", "0.2", "0"))).get(0).pipeline())
                .isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void theErrorIsMeasuredAgainstWhatWasWon() {
        assertThat(ForecastAccuracy.errorPercent(new BigDecimal("35000.00"), new BigDecimal("20000.00")))
                .isEqualTo(new BigDecimal("75.0"));
        assertThat(ForecastAccuracy.errorPercent(new BigDecimal("15000"), new BigDecimal("20000")))
                .isEqualTo(new BigDecimal("-25.0"));
        // 1/3 too high: 33.333… → 33.3; 2/3 → 66.7 (half up)
        assertThat(ForecastAccuracy.errorPercent(new BigDecimal("4"), new BigDecimal("3"))).isEqualTo(new BigDecimal("33.3"));
        assertThat(ForecastAccuracy.errorPercent(new BigDecimal("5"), new BigDecimal("3"))).isEqualTo(new BigDecimal("66.7"));
        assertThat(ForecastAccuracy.errorPercent(new BigDecimal("5000"), BigDecimal.ZERO)).isNull();
        assertThat(ForecastAccuracy.errorPercent(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    @Test
    void progressIsAWholePercentOfTheTarget() {
        assertThat(PlanVsActual.percent(new BigDecimal("20000.00"), new BigDecimal("40000"))).isEqualTo(50);
        assertThat(PlanVsActual.percent(new BigDecimal("1"), new BigDecimal("8"))).isEqualTo(13); // 12.5 → 13
        assertThat(PlanVsActual.percent(new BigDecimal("30"), new BigDecimal("20"))).isEqualTo(150);
        assertThat(PlanVsActual.percent(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(PlanVsActual.percent(BigDecimal.ONE, null)).isNull();
    }
}
