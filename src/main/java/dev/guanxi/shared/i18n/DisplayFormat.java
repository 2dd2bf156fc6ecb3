package dev.guanxi.shared.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and amounts as the current user reads them: in their time zone and language.
 * Templates call it as {@code ${@fmt.dateTime(instant)}}.
 */
@Component("fmt")
public class DisplayFormat {

    private final UserZone userZone;

    public DisplayFormat(UserZone userZone) {
        this.userZone = userZone;
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(zone()));
    }

    /** The clock time alone (the end of a meeting that starts the same day). */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale()).format(value);
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(amount.scale() > 0 && amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return (currency == null ? "" : currency + " ") + format.format(amount);
    }

    /** Amounts in several currencies, e.g. "CNY 1,200,000 · USD 35,000"; "0" when there are none. */
    public String amounts(java.util.List<dev.guanxi.shared.values.Money> amounts) {
        if (amounts == null || amounts.isEmpty()) {
            return "0";
        }
        return amounts.stream().map(m -> money(m.amount(), m.currency()))
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    /** A share as a percentage ("42%"), or an em dash when there is none. */
    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + "%";
    }

    /** A file size as people read it: 812 B, 14 KB, 3.2 MB. */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The parts that are present, joined with " · " (a title and a company); null when none is. */
    public String join(Object... parts) {
        String joined = java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).map(String::valueOf)
                .filter(part -> !part.isBlank()).collect(java.util.stream.Collectors.joining(" · "));
        return joined.isEmpty() ? null : joined;
    }

    public ZoneId zone() {
        return userZone.zone();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** The signed-in user's time zone; implemented by identity. */
    public interface UserZone {
        ZoneId zone();
    }
}
