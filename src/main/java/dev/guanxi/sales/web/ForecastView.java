package dev.guanxi.sales.web;

import dev.guanxi.sales.internal.forecast.ForecastFigures;
import dev.guanxi.sales.internal.forecast.ForecastOverride;
import dev.guanxi.sales.internal.forecast.ForecastReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The forecast report in the API: money as decimal strings beside the currency code. */
record ForecastView(String granularity, List<Period> periods) {

    record Figures(String currency, String pipeline, String weighted, String bestCase, String committed,
                   String closedWon) {
        static List<Figures> of(List<ForecastFigures> figures) {
            return figures.stream().map(f -> new Figures(f.currency(), f.pipeline().toPlainString(),
                    f.weighted().toPlainString(), f.bestCase().toPlainString(), f.committed().toPlainString(),
                    f.closedWon().toPlainString())).toList();
        }
    }

    record Override(UUID id, String type, UUID unitId, String period, String amount, String currency, String note,
                    UUID setBy, String setByName, Instant setAt) {
        static Override of(ForecastOverride o) {
            return o == null ? null : new Override(o.id(), o.unit().type().code(), o.unit().id(), o.period().code(),
                    o.amount().amountText(), o.amount().currency(), o.note(), o.setBy(), o.setByName(), o.setAt());
        }
    }

    record Rep(UUID ownerId, String ownerName, UUID departmentId, String departmentName, List<Figures> figures,
               Override override) {
    }

    record Department(UUID departmentId, String name, List<Figures> figures, Override override) {
    }

    record Team(UUID teamId, String name, Override override) {
    }

    record Period(String period, LocalDate from, LocalDate to, List<Rep> reps, List<Department> departments, Team team,
                  List<Figures> total) {
        static Period of(ForecastReport.Forecast f) {
            List<Rep> reps = f.departments().stream().flatMap(d -> d.reps().stream().map(r -> new Rep(r.ownerId(),
                    r.ownerName(), d.departmentId(), d.name(), Figures.of(r.figures()), Override.of(r.override())))).toList();
            List<Department> departments = f.departments().stream().map(d -> new Department(d.departmentId(), d.name(),
                    Figures.of(d.totals()), Override.of(d.override()))).toList();
            Team team = f.team() == null ? null : new Team(f.team().teamId(), f.team().name(), Override.of(f.team().override()));
            return new Period(f.period().code(), f.period().start(), f.period().end(), reps, departments, team,
                    Figures.of(f.totals()));
        }
    }
}
