package dev.guanxi.sales.internal.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The forecast of one currency: open pipeline closing in the period (deals marked "omitted" left out),
 * the pipeline weighted by stage probability, best case (best case and commit deals), commit, and won in
 * the period. Amounts of different currencies are never added: a rep with deals in CNY and USD has two
 * of these. Each rep's figures are rounded to cents (half up) once, from exact sums; totals add the rounded
 * rows, so a column always adds up to its total.
 */
public record ForecastFigures(String currency, BigDecimal pipeline, BigDecimal weighted, BigDecimal bestCase,
                              BigDecimal committed, BigDecimal closedWon) {

    public ForecastFigures {
        pipeline = money(pipeline);
        weighted = money(weighted);
        bestCase = money(bestCase);
        committed = money(committed);
        closedWon = money(closedWon);
    }

    public static ForecastFigures zero(String currency) {
        return new ForecastFigures(currency, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    public ForecastFigures plus(ForecastFigures other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new ForecastFigures(currency, pipeline.add(other.pipeline), weighted.add(other.weighted),
                bestCase.add(other.bestCase), committed.add(other.committed), closedWon.add(other.closedWon));
    }

    /** Totals per currency, in currency order: what a department's or the company's rows add up to. */
    public static List<ForecastFigures> sum(Collection<ForecastFigures> figures) {
        Map<String, ForecastFigures> sums = new TreeMap<>();
        figures.forEach(f -> sums.merge(f.currency(), f, ForecastFigures::plus));
        return List.copyOf(sums.values());
    }

    /** Figures over the lines of several reps or groups, each a list per currency. */
    public static List<ForecastFigures> sumAll(Collection<List<ForecastFigures>> lines) {
        return sum(lines.stream().flatMap(List::stream).toList());
    }

    public boolean isZero() {
        return pipeline.signum() == 0 && weighted.signum() == 0 && bestCase.signum() == 0 && committed.signum() == 0
                && closedWon.signum() == 0;
    }

    private static BigDecimal money(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
    }
}
