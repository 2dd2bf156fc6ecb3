package dev.guanxi.imports.internal.values;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Yes/no values: yes/no, y/n, true/false, t/f, on/off, 1/0, 是/否, 对/错, 有/无, √/×, ✓/✗ (case-insensitive, full-width
 * forms too).
 * <p>
 * A lone "x" is deliberately not read: in a Western checklist it marks "yes", in Chinese marking (×) it means "wrong";
 * the user can map it explicitly. The multiplication sign × is read as "no".
 */
public final class BooleanParsing {

    private static final Set<String> TRUE = Set.of("yes", "y", "true", "t", "on", "1", "是", "是的", "对", "對", "有",
            "√", "✓", "✔", "☑");
    private static final Set<String> FALSE = Set.of("no", "n", "false", "f", "off", "0", "否", "不是", "错", "錯", "无",
            "無", "没有", "×", "✗", "✘", "☒");

    private BooleanParsing() {
    }

    public static Optional<Boolean> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(value)) {
            return Optional.of(Boolean.TRUE);
        }
        if (FALSE.contains(value)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }
}
