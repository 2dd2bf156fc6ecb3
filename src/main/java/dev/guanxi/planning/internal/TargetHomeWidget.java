package dev.guanxi.planning.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.SalesUnit;
import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.web.HomeWidget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * "My targets" on the home page: this month's target against what was achieved, with progress bars; a
 * manager also sees their own department's. Nothing is shown to someone without a target.
 */
@Component
class TargetHomeWidget implements HomeWidget {

    private final PlanVsActual planVsActual;

    TargetHomeWidget(PlanVsActual planVsActual) {
        this.planVsActual = planVsActual;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Panel> panel() {
        CurrentUser me = CurrentUser.require();
        List<SalesUnit.Named> units = new ArrayList<>();
        units.add(new SalesUnit.Named(SalesUnit.user(me.id()), me.name()));
        if (me.mayAssign() && me.departmentId() != null) {
            units.add(new SalesUnit.Named(SalesUnit.department(me.departmentId()), ""));
        }
        SalesPeriod month = SalesPeriod.current(SalesPeriod.Granularity.MONTH, TargetBoard.zone());
        List<PlanVsActual.Progress> progress = planVsActual.progress(month, units, TargetBoard.zone()).stream()
                .filter(p -> p.target() != null).toList();
        if (progress.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel("home.my-targets", "planning/partials/home :: my-targets",
                Map.of("period", month, "progress", progress)));
    }
}
