package dev.guanxi.planning.web;

import dev.guanxi.identity.SalesUnit;
import dev.guanxi.planning.internal.TargetBoard;
import dev.guanxi.planning.internal.TargetSetting;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.SalesPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/targets}: sales targets of a period with plan against actual; set many at once with PUT. */
@RestController
@Tag(name = "Sales plans")
class TargetApi {

    private final TargetBoard board;
    private final TargetSetting setting;

    TargetApi(TargetBoard board, TargetSetting setting) {
        this.board = board;
        this.setting = setting;
    }

    record Page(String period, List<TargetView> items, String nextCursor) {
    }

    @GetMapping("/api/v1/targets")
    @Operation(summary = "Targets and actuals of a period: your own, and for managers every rep, department and team "
            + "they manage", description = "period (2026-11 or 2026-Q4; default the current month); one of ownerId, "
            + "teamId, departmentId for a single unit.")
    Page targets(@RequestParam Map<String, String> params) {
        SalesPeriod period = TargetParameters.period(params);
        return new Page(period.code(), board.progress(period, TargetParameters.unit(params)).stream()
                .map(TargetView::of).toList(), null);
    }

    record TargetRequest(UUID ownerId, UUID teamId, UUID departmentId, BigDecimal revenue, String currency,
                         Integer newCustomers, Integer activities) {
    }

    record TargetsRequest(String period, List<TargetRequest> targets) {
    }

    @PutMapping("/api/v1/targets")
    @Operation(summary = "Set the targets of a period for reps, teams or departments (managers within their scope, "
            + "VPs, administrators); each names exactly one of ownerId, teamId, departmentId")
    Page set(@RequestBody TargetsRequest request) {
        SalesPeriod period = TargetParameters.period(request.period() == null ? "" : request.period());
        if (request.targets() == null || request.targets().isEmpty() || request.targets().size() > 500) {
            throw ValidationException.of("targets", "validation.target.count", 500);
        }
        List<TargetSetting.TargetInput> inputs = new ArrayList<>();
        for (int i = 0; i < request.targets().size(); i++) {
            TargetRequest t = request.targets().get(i);
            inputs.add(new TargetSetting.TargetInput("targets[" + i + "]", unit(t), t.revenue(), t.currency(),
                    t.newCustomers(), t.activities()));
        }
        setting.save(period, inputs);
        return new Page(period.code(), board.progressOf(period, inputs.stream().map(TargetSetting.TargetInput::unit).toList())
                .stream().map(TargetView::of).toList(), null);
    }

    private static SalesUnit unit(TargetRequest t) {
        int named = (t.ownerId() == null ? 0 : 1) + (t.teamId() == null ? 0 : 1) + (t.departmentId() == null ? 0 : 1);
        if (named != 1) {
            return null;
        }
        return t.ownerId() != null ? SalesUnit.user(t.ownerId()) : t.teamId() != null ? SalesUnit.team(t.teamId())
                : SalesUnit.department(t.departmentId());
    }
}
