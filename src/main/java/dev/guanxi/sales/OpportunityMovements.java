package dev.guanxi.sales;

import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What happened to deals in a period, per owner, for the scheduled sales reports: deals created, moved
 * between open stages, won and lost. Only deals owned within the given visibility count; amounts are
 * per currency, never converted.
 */
public interface OpportunityMovements {

    /** The days {@code from}..{@code to} (both included), cut at midnight in {@code zone}. */
    Map<UUID, Movement> byOwner(LocalDate from, LocalDate to, ZoneId zone, VisibilityScope scope);

    /** One owner's deals of the period; a deal created and won in it counts as both. */
    record Movement(long created, List<Money> createdAmount, long stageMoves, long won, List<Money> wonAmount,
                    long lost, List<Money> lostAmount) {

        public static final Movement NONE = new Movement(0, List.of(), 0, 0, List.of(), 0, List.of());

        public Movement plus(Movement other) {
            return new Movement(created + other.created, sum(createdAmount, other.createdAmount), stageMoves + other.stageMoves,
                    won + other.won, sum(wonAmount, other.wonAmount), lost + other.lost, sum(lostAmount, other.lostAmount));
        }

        private static List<Money> sum(List<Money> a, List<Money> b) {
            return Money.sum(java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
    }
}
