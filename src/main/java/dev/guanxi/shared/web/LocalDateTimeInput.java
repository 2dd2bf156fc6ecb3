package dev.guanxi.shared.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Binds a {@code datetime-local} input ("2026-11-25T14:30", the user's wall clock) to an
 * {@link OffsetDateTime} in the user's time zone, and shows a stored time back in that zone. A value
 * with an offset is taken as given. Register it in a page controller's {@code @InitBinder}.
 */
public class LocalDateTimeInput extends PropertyEditorSupport {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ZoneId zone;

    public LocalDateTimeInput(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        String value = text.strip();
        try {
            setValue(LocalDateTime.parse(value).atZone(zone).toOffsetDateTime());
        } catch (DateTimeParseException local) {
            try {
                setValue(OffsetDateTime.parse(value));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date and time: " + value, e);
            }
        }
    }

    @Override
    public String getAsText() {
        OffsetDateTime value = (OffsetDateTime) getValue();
        return value == null ? "" : value.atZoneSameInstant(zone).toLocalDateTime().format(INPUT);
    }
}
