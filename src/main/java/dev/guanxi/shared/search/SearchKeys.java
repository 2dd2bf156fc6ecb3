package dev.guanxi.shared.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a record is found by, stored beside it and indexed:
 * <ul>
 *   <li>{@code text}: name, pinyin, phone digits and e-mails, lower-cased; a trigram (pg_trgm) index
 *       answers "contains" for queries of three or more characters;</li>
 *   <li>{@code tokens}: every 2-character piece (bigram) of the name and its pinyin, and each Chinese
 *       character on its own; a GIN array index answers 1- and 2-character queries, which trigrams
 *       cannot — 张伟, 王, "zw".</li>
 * </ul>
 */
public record SearchKeys(String text, List<String> tokens) {

    private static final int MAX_TEXT = 2000;

    /** Keys of a record called {@code name} (a person's name when {@code person}) with other findable values. */
    public static SearchKeys of(String name, boolean person, Collection<String> phones, Collection<String> others) {
        String normalizedName = normalize(name);
        Pinyin.Spelling spelling = Pinyin.of(normalizedName, person);
        Set<String> tokens = new LinkedHashSet<>();
        addTokens(tokens, normalizedName);
        if (!spelling.isEmpty()) {
            addTokens(tokens, spelling.full());
            addTokens(tokens, spelling.initials());
        }
        List<String> parts = new ArrayList<>();
        parts.add(normalizedName);
        if (!spelling.isEmpty()) {
            parts.add(spelling.full());
            parts.add(spelling.initials());
        }
        phones.stream().filter(Objects::nonNull).map(SearchKeys::digits).filter(d -> !d.isEmpty()).forEach(parts::add);
        others.stream().filter(Objects::nonNull).map(SearchKeys::normalize).filter(s -> !s.isEmpty()).forEach(parts::add);
        String text = String.join(" | ", parts);
        return new SearchKeys(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, List.copyOf(tokens));
    }

    /** Lower case, compatibility forms folded (full-width Ａ → a), whitespace collapsed. */
    public static String normalize(String value) {
        if (value == null) {
            return "";
        }
        String folded = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.strip().replaceAll("\\s+", " ");
    }

    public static String digits(String value) {
        return value == null ? "" : value.replaceAll("[^0-9]", "");
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static void addTokens(Set<String> tokens, String value) {
        String compact = value.replace(" ", "");
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (isHan(c)) {
                tokens.add(String.valueOf(c));
            }
            if (i + 1 < compact.length()) {
                tokens.add(compact.substring(i, i + 2));
            }
        }
    }
}
