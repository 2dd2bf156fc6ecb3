package dev.guanxi.activity.internal;

import dev.guanxi.shared.problem.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How a recurring activity repeats, and its occurrences. Repetition happens in the organiser's time
 * zone: a weekly 10:00 meeting in Berlin stays at 10:00 in Berlin across a daylight-saving change (so
 * it moves by an hour for someone in Shanghai). Each occurrence is computed from the first one
 * (the 31st of each month falls on the 30th in April, and on the 31st again in May).
 */
public record Recurrence(Frequency frequency, int interval, LocalDate until, Integer occurrences) {

    /** More than a year of daily occurrences is not an activity plan. */
    public static final int MAX_OCCURRENCES = 366;

    public record Occurrence(Instant start, Instant end) {
    }

    public Recurrence {
        if (frequency == null) {
            throw ValidationException.of("recurrence.frequency", "validation.required");
        }
        if (interval < 1 || interval > 99) {
            throw ValidationException.of("recurrence.interval", "validation.recurrence-interval");
        }
        if (until == null && occurrences == null) {
            throw ValidationException.of("recurrence.until", "validation.recurrence-end");
        }
        if (occurrences != null && (occurrences < 1 || occurrences > MAX_OCCURRENCES)) {
            throw ValidationException.of("recurrence.occurrences", "validation.recurrence-too-many", MAX_OCCURRENCES);
        }
    }

    /**
     * Every occurrence from the first start (inclusive) to the end date (inclusive, in the zone) or
     * the count, each lasting as long as the first.
     */
    public List<Occurrence> expand(Instant firstStart, Instant firstEnd, ZoneId zone) {
        ZonedDateTime first = firstStart.atZone(zone);
        Duration length = firstEnd == null ? null : Duration.between(firstStart, firstEnd);
        if (until != null && until.isBefore(first.toLocalDate())) {
            throw ValidationException.of("recurrence.until", "validation.recurrence-until-before-start");
        }
        List<Occurrence> result = new ArrayList<>();
        for (int n = 0; ; n++) {
            ZonedDateTime start = step(first, (long) n * interval);
            if (until != null && start.toLocalDate().isAfter(until)) {
                break;
            }
            if (occurrences != null && n >= occurrences) {
                break;
            }
            if (result.size() == MAX_OCCURRENCES) {
                throw ValidationException.of("recurrence.until", "validation.recurrence-too-many", MAX_OCCURRENCES);
            }
            Instant at = start.toInstant();
            result.add(new Occurrence(at, length == null ? null : at.plus(length)));
        }
        return result;
    }

    private ZonedDateTime step(ZonedDateTime first, long units) {
        return switch (frequency) {
            case DAILY -> first.plusDays(units);
            case WEEKLY -> first.plusWeeks(units);
            case MONTHLY -> first.plusMonths(units);
        };
    }
}
