package dev.guanxi.sales;

import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What reps have won, for sales plans; only deals within the given visibility count. */
public interface SalesResults {

    /** Per owner, the amount of deals won (closed) from {@code from} to {@code to} inclusive, per currency. */
    Map<UUID, List<Money>> wonByOwner(Collection<UUID> ownerIds, LocalDate from, LocalDate to, VisibilityScope scope);
}
