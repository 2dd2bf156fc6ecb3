package dev.guanxi.planning.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.SalesUnit;
import dev.guanxi.identity.SalesUnits;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.values.SalesPeriod;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose plan the current user looks at: a rep their own; managers, VPs and administrators themselves and
 * every rep, department and team they manage — or the one unit asked for, if they may see it (404 if not).
 */
@Service
public class TargetBoard {

    private final SalesUnits units;
    private final PlanVsActual planVsActual;

    TargetBoard(SalesUnits units, PlanVsActual planVsActual) {
        this.units = units;
        this.planVsActual = planVsActual;
    }

    @Transactional(readOnly = true)
    public List<PlanVsActual.Progress> progress(SalesPeriod period, SalesUnit only) {
        return planVsActual.progress(period, visible(only), zone());
    }

    /** Progress of several units the user manages (just saved, say), in the order of {@link #visible}. */
    @Transactional(readOnly = true)
    public List<PlanVsActual.Progress> progressOf(SalesPeriod period, java.util.Collection<SalesUnit> only) {
        return planVsActual.progress(period, visible(null).stream().filter(n -> only.contains(n.unit())).toList(), zone());
    }

    /** The units shown, own first; for managers the reps, departments and teams they manage. */
    @Transactional(readOnly = true)
    public List<SalesUnit.Named> visible(SalesUnit only) {
        CurrentUser me = CurrentUser.require();
        if (only != null) {
            if (!units.sees(only)) {
                throw new NotFoundException();
            }
            return List.of(new SalesUnit.Named(only, units.name(only).orElse("")));
        }
        List<SalesUnit.Named> shown = new ArrayList<>();
        shown.add(new SalesUnit.Named(SalesUnit.user(me.id()), me.name()));
        units.managed().stream().filter(n -> !n.unit().equals(SalesUnit.user(me.id()))).forEach(shown::add);
        return shown;
    }

    /** The user's time zone decides which month is current and where a day ends. */
    public static ZoneId zone() {
        try {
            return ZoneId.of(CurrentUser.require().timeZone());
        } catch (DateTimeException | NullPointerException e) {
            return ZoneId.of("Asia/Shanghai");
        }
    }
}
