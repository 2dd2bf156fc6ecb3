package dev.guanxi.planning.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.SalesUnit;
import dev.guanxi.identity.SalesUnits;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.Currencies;
import dev.guanxi.shared.values.SalesPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting the targets of a period, many at once (the grid a manager fills in). Managers set them for the
 * reps, departments and teams they manage, VPs and administrators for everyone; a unit out of reach is
 * not found. All rows are checked first: one bad value and nothing is saved.
 */
@Service
public class TargetSetting {

    private final TargetStore store;
    private final SalesUnits units;

    TargetSetting(TargetStore store, SalesUnits units) {
        this.store = store;
        this.units = units;
    }

    /** One row of the grid; {@code field} prefixes the names in error messages, e.g. {@code targets[2]}. */
    public record TargetInput(String field, SalesUnit unit, BigDecimal revenue, String currency, Integer newCustomers,
                              Integer activities) {
    }

    @Transactional
    public int save(SalesPeriod period, List<TargetInput> inputs) {
        CurrentUser me = CurrentUser.require();
        if (!me.mayAssign()) {
            throw new ForbiddenException("problem.target.denied");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<SalesUnit> seen = new HashSet<>();
        for (TargetInput input : inputs) {
            if (input.unit() == null) {
                problems.add(new FieldProblem(input.field() + ".ownerId", "validation.target.unit"));
                continue;
            }
            if (!units.manages(input.unit())) {
                throw new NotFoundException();
            }
            if (!seen.add(input.unit())) {
                problems.add(new FieldProblem(input.field(), "validation.target.duplicate"));
            }
            check(input, problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        inputs.forEach(i -> store.save(new SalesTarget(null, i.unit(), period, i.revenue(),
                i.currency() == null || i.currency().isBlank() ? "CNY" : i.currency(), i.newCustomers(), i.activities(), 0,
                null), me.id()));
        return inputs.size();
    }

    private static void check(TargetInput input, List<FieldProblem> problems) {
        String f = input.field();
        if (input.revenue() != null) {
            if (input.revenue().signum() < 0) {
                problems.add(new FieldProblem(f + ".revenue", "validation.not-negative"));
            } else if (input.revenue().scale() > 2 || input.revenue().precision() - input.revenue().scale() > 16) {
                problems.add(new FieldProblem(f + ".revenue", "validation.amount"));
            }
        }
        if (input.currency() != null && !input.currency().isBlank() && !Currencies.isKnown(input.currency())) {
            problems.add(new FieldProblem(f + ".currency", "validation.currency"));
        }
        if (input.newCustomers() != null && input.newCustomers() < 0) {
            problems.add(new FieldProblem(f + ".newCustomers", "validation.not-negative"));
        }
        if (input.activities() != null && input.activities() < 0) {
            problems.add(new FieldProblem(f + ".activities", "validation.not-negative"));
        }
    }
}
