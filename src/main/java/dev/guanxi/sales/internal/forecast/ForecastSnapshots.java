package dev.guanxi.sales.internal.forecast;

import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every rep's forecast for the current and the next month and quarter, as it stands on the
 * snapshot day, so that it can later be held against what was won. Taking it twice on one day replaces
 * the first one (a late or repeated job run does no harm).
 */
@Service
public class ForecastSnapshots {

    private final ForecastQueries queries;
    private final JdbcClient jdbc;
    private final ZoneId companyZone;

    ForecastSnapshots(ForecastQueries queries, JdbcClient jdbc, @Value("${guanxi.forecast.time-zone}") String companyZone) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.companyZone = ZoneId.of(companyZone);
    }

    /** Today's snapshot in the company's time zone; the number of rows written. */
    @Transactional
    public int takeToday() {
        return take(LocalDate.now(companyZone));
    }

    @Transactional
    public int take(LocalDate day) {
        int rows = 0;
        for (SalesPeriod.Granularity granularity : SalesPeriod.Granularity.values()) {
            SalesPeriod current = SalesPeriod.containing(granularity, day);
            for (SalesPeriod period : List.of(current, current.next())) {
                rows += write(day, period);
            }
        }
        return rows;
    }

    private int write(LocalDate day, SalesPeriod period) {
        int rows = 0;
        for (ForecastQueries.OwnerFigures line : queries.rows(period, ForecastCriteria.ALL, VisibilityScope.system())) {
            ForecastFigures f = line.figures();
            rows += jdbc.sql("""
                            insert into forecast_snapshots (snapshot_date, owner_id, department_id, granularity, period_start,
                                period_end, currency, pipeline, weighted, best_case, committed, closed_won)
                            values (:day, :owner, :department, :granularity, :start, :end, :currency, :pipeline, :weighted,
                                    :bestCase, :committed, :won)
                            on conflict (snapshot_date, owner_id, granularity, period_start, currency) do update
                            set department_id = excluded.department_id, pipeline = excluded.pipeline,
                                weighted = excluded.weighted, best_case = excluded.best_case,
                                committed = excluded.committed, closed_won = excluded.closed_won, created_at = now()
                            """)
                    .param("day", day).param("owner", line.ownerId()).param("department", line.departmentId())
                    .param("granularity", period.granularity().code()).param("start", period.start())
                    .param("end", period.end()).param("currency", f.currency()).param("pipeline", f.pipeline())
                    .param("weighted", f.weighted()).param("bestCase", f.bestCase()).param("committed", f.committed())
                    .param("won", f.closedWon()).update();
        }
        return rows;
    }
}
