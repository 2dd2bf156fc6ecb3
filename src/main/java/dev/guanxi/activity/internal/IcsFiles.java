package dev.guanxi.activity.internal;

import dev.guanxi.shared.problem.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Activities as iCalendar (RFC 5545) through ical4j: written for calendar feeds and .ics exports
 * (times in UTC, so every calendar application shows them in its own zone), and read from .ics files
 * that people import. A file that is not iCalendar is refused as a whole.
 */
public final class IcsFiles {

    /** An event read from a file: floating times and dates are taken in the importing user's zone. */
    public record ImportedEvent(String uid, String summary, Instant start, Instant end, boolean allDay, String location,
                                String description) {
    }

    private IcsFiles() {
    }

    public static byte[] write(List<ActivityRow> activities, String calendarName) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Guanxi CRM//Activities//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", calendarName));
        for (ActivityRow a : activities) {
            if (a.plannedStart() == null) {
                continue;
            }
            Instant end = a.plannedEnd() != null ? a.plannedEnd() : a.plannedStart().plusSeconds(30 * 60);
            VEvent event = new VEvent(a.plannedStart(), end, a.subject());
            event.add(new Uid(a.id() + "@guanxi"));
            if (a.location() != null) {
                event.add(new Location(a.location()));
            }
            String description = String.join("\n", java.util.stream.Stream.of(a.accountName(), a.contactName(),
                    a.opportunityName(), a.description()).filter(java.util.Objects::nonNull).toList());
            if (!description.isEmpty()) {
                event.add(new Description(description));
            }
            event.add(switch (a.status()) {
                case "cancelled" -> new Status(Status.VALUE_CANCELLED);
                case "done" -> new Status(Status.VALUE_CONFIRMED);
                default -> new Status(Status.VALUE_TENTATIVE);
            });
            calendar.add(event);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static List<ImportedEvent> read(InputStream input, ZoneId zone) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new InputStreamReader(input, StandardCharsets.UTF_8));
        } catch (ParserException | IOException | RuntimeException e) {
            throw ValidationException.of("file", "validation.ics-invalid");
        }
        List<ImportedEvent> events = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            Optional<DtStart<Temporal>> start = event.getStartDate();
            if (start.isEmpty()) {
                continue;
            }
            Temporal startValue = start.get().getDate();
            boolean allDay = startValue instanceof LocalDate;
            Instant startAt = instant(startValue, zone);
            Instant endAt = event.<Temporal>getEndDate().map(DtEnd::getDate).map(t -> instant(t, zone)).orElse(null);
            events.add(new ImportedEvent(text(event, Property.UID), text(event, Property.SUMMARY), startAt,
                    endAt != null && endAt.isBefore(startAt) ? null : endAt, allDay, text(event, Property.LOCATION),
                    text(event, Property.DESCRIPTION)));
        }
        return events;
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(p -> ((Property) p).getValue()).filter(v -> !v.isBlank()).orElse(null);
    }

    private static Instant instant(Temporal value, ZoneId zone) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(zone).toInstant();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(zone).toInstant();
        }
        throw ValidationException.of("file", "validation.ics-invalid");
    }
}
