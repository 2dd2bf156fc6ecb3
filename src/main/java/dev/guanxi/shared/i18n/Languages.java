package dev.guanxi.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The two languages of the product and how a language tag maps onto them. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    public static final Locale DEFAULT = ENGLISH;

    private Languages() {
    }

    /** {@code zh-CN}, {@code zh}, {@code zh_CN} → Chinese; {@code en*} → English; anything else → null. */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (t.equals("zh") || t.startsWith("zh-cn") || t.startsWith("zh-hans") || t.equals("zh-sg")) {
            return CHINESE;
        }
        if (t.startsWith("en")) {
            return ENGLISH;
        }
        return null;
    }

    /** The stored form of a language: {@code zh-CN} or {@code en}. */
    public static String tagOf(Locale locale) {
        return CHINESE.getLanguage().equals(locale.getLanguage()) ? "zh-CN" : "en";
    }
}
