package dev.guanxi.activity;

import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * The activity analysis's per-rep figures for other modules (the scheduled sales reports): the same
 * numbers as the page {@code /reports/activities} shows for the days {@code from}..{@code to}.
 */
public interface ActivityFigures {

    /** Per owner, activities of the period owned within the scope: done, and still open past their planned time. */
    Map<UUID, DoneAndOverdue> byOwner(LocalDate from, LocalDate to, ZoneId zone, VisibilityScope scope);

    record DoneAndOverdue(long done, long overdue) {
    }
}
