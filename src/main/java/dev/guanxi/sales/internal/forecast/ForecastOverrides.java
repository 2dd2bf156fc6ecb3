package dev.guanxi.sales.internal.forecast;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.SalesUnit;
import dev.guanxi.identity.SalesUnits;
import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.Currencies;
import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.values.SalesPeriod;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judgement figures over the computed forecast. Only managers, sales VPs and administrators give them,
 * and only for units they manage; a unit outside their reach is answered as not found. Nothing is ever
 * overwritten: each figure is a new row, the latest one is in force, the earlier ones are its history.
 */
@Service
public class ForecastOverrides {

    private static final String COLUMNS = """
            select f.id, f.subject_type, f.subject_id, f.granularity, f.period_start, f.amount, f.currency, f.note,
                   f.set_by, u.name as set_by_name, f.set_at
            from forecast_overrides f left join users u on u.id = f.set_by
            """;

    private final JdbcClient jdbc;
    private final SalesUnits units;

    ForecastOverrides(JdbcClient jdbc, SalesUnits units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** What a manager enters: the figure, its currency and an optional note. */
    public record Judgement(BigDecimal amount, String currency, String note) {
    }

    @Transactional
    public ForecastOverride set(SalesUnit unit, SalesPeriod period, Judgement judgement) {
        CurrentUser me = CurrentUser.require();
        if (!me.mayAssign()) {
            throw new ForbiddenException("problem.forecast.override-denied");
        }
        if (!units.manages(unit)) {
            throw new NotFoundException();
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (judgement.amount() == null) {
            problems.add(new FieldProblem("amount", "validation.required"));
        } else if (judgement.amount().signum() < 0) {
            problems.add(new FieldProblem("amount", "validation.not-negative"));
        } else if (judgement.amount().scale() > 2 || judgement.amount().precision() - judgement.amount().scale() > 16) {
            problems.add(new FieldProblem("amount", "validation.amount"));
        }
        if (!Currencies.isKnown(judgement.currency())) {
            problems.add(new FieldProblem("currency", "validation.currency"));
        }
        String note = judgement.note() == null || judgement.note().isBlank() ? null : judgement.note().strip();
        if (note != null && note.length() > 1000) {
            problems.add(new FieldProblem("note", "validation.too-long", 1000));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        UUID id = UuidV7.next();
        jdbc.sql("""
                        insert into forecast_overrides (id, subject_type, subject_id, granularity, period_start, amount,
                                                        currency, note, set_by, set_at)
                        values (:id, :type, :subject, :granularity, :start, :amount, :currency, :note, :by, clock_timestamp())
                        """)
                .param("id", id).param("type", unit.type().code()).param("subject", unit.id())
                .param("granularity", period.granularity().code()).param("start", period.start())
                .param("amount", judgement.amount()).param("currency", judgement.currency()).param("note", note)
                .param("by", me.id()).update();
        return jdbc.sql(COLUMNS + " where f.id = :id").param("id", id).query(ForecastOverrides::map).single();
    }

    /** Every figure given for a unit and period, newest first; a unit the user may not see is not found. */
    @Transactional(readOnly = true)
    public List<ForecastOverride> history(SalesUnit unit, SalesPeriod period) {
        if (!units.sees(unit)) {
            throw new NotFoundException();
        }
        return jdbc.sql(COLUMNS + """
                         where f.subject_type = :type and f.subject_id = :subject and f.granularity = :granularity
                           and f.period_start = :start order by f.set_at desc, f.id desc
                        """)
                .param("type", unit.type().code()).param("subject", unit.id())
                .param("granularity", period.granularity().code()).param("start", period.start())
                .query(ForecastOverrides::map).list();
    }

    /** The figures in force for these units in a period (callers pass only units the user may see). */
    @Transactional(readOnly = true)
    public Map<SalesUnit, ForecastOverride> inForce(SalesPeriod period, Collection<SalesUnit> subjects) {
        Map<SalesUnit, ForecastOverride> result = new HashMap<>();
        if (subjects.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select distinct on (f.subject_type, f.subject_id) f.id, f.subject_type, f.subject_id, f.granularity,
                               f.period_start, f.amount, f.currency, f.note, f.set_by, u.name as set_by_name, f.set_at
                        from forecast_overrides f left join users u on u.id = f.set_by
                        where f.granularity = :granularity and f.period_start = :start and f.subject_id in (:ids)
                        order by f.subject_type, f.subject_id, f.set_at desc, f.id desc
                        """)
                .param("granularity", period.granularity().code()).param("start", period.start())
                .param("ids", subjects.stream().map(SalesUnit::id).distinct().toList())
                .query(ForecastOverrides::map).list().stream()
                .filter(o -> subjects.contains(o.unit()))
                .forEach(o -> result.put(o.unit(), o));
        return result;
    }

    private static ForecastOverride map(ResultSet rs, int row) throws SQLException {
        SalesUnit unit = new SalesUnit(SalesUnit.Type.fromCode(rs.getString("subject_type")).orElseThrow(),
                rs.getObject("subject_id", UUID.class));
        SalesPeriod period = new SalesPeriod(SalesPeriod.Granularity.fromCode(rs.getString("granularity")).orElseThrow(),
                rs.getObject("period_start", java.time.LocalDate.class));
        return new ForecastOverride(rs.getObject("id", UUID.class), unit, period,
                new Money(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("note"),
                rs.getObject("set_by", UUID.class), rs.getString("set_by_name"),
                rs.getObject("set_at", OffsetDateTime.class).toInstant());
    }
}
