package dev.guanxi.reporting.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Titles of a report in one language: "Weekly sales report 2026-11-16 – 2026-11-22" and the column headings. */
@Component
public class ReportTexts {

    private final MessageSource messages;

    ReportTexts(MessageSource messages) {
        this.messages = messages;
    }

    public static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The period as people write it: a day, a week's first and last day, a month. */
    public static String periodLabel(ReportPeriod period) {
        return switch (period.frequency()) {
            case DAY -> period.start().toString();
            case WEEK -> period.start() + " – " + period.end();
            case MONTH -> period.start().toString().substring(0, 7);
        };
    }

    public String title(ReportPeriod period, Locale locale) {
        return text("report.title." + period.frequency().code(), locale, periodLabel(period));
    }
}
