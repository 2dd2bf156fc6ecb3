package dev.guanxi.imports.internal.values;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike a value from the file and a known label are, for "did you mean" suggestions when mapping values
 * (a product, a user, a picklist option) and headers to fields.
 */
public final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** A suggested candidate, with the label that matched best and its score (0..1). */
    public record Suggestion<T>(T candidate, String label, double score) {
    }

    private Similarity() {
    }

    /**
     * The comparable core of a text: NFKC (full-width to ASCII), lower case, only letters and digits kept (Chinese
     * characters are letters), so "GTX-Pro", "gtx pro" and "ＧＴＸＰｒｏ" have the same key.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(normal.length());
        normal.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** Jaro-Winkler similarity of the two keys: 1.0 for equal keys, 0.0 when either key is empty. */
    public static double score(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return 0.0;
        }
        if (ka.equals(kb)) {
            return 1.0;
        }
        return JARO_WINKLER.apply(ka, kb);
    }

    /**
     * The candidates whose best label scores at least {@code minScore} against {@code value}, best first (equal
     * scores keep the candidates' order), at most {@code limit}.
     */
    public static <T> List<Suggestion<T>> best(String value, Collection<T> candidates,
            Function<T, List<String>> labels, int limit, double minScore) {
        if (key(value).isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Suggestion<T>> found = new ArrayList<>();
        for (T candidate : candidates) {
            Suggestion<T> best = null;
            List<String> names = labels.apply(candidate);
            for (String label : names == null ? List.<String>of() : names) {
                double score = score(value, label);
                if (best == null || score > best.score()) {
                    best = new Suggestion<>(candidate, label, score);
                }
            }
            if (best != null && best.score() >= minScore) {
                found.add(best);
            }
        }
        found.sort(Comparator.comparingDouble((Suggestion<T> s) -> s.score()).reversed());
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }
}
