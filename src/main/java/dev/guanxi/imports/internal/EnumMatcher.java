package dev.guanxi.imports.internal;

import dev.guanxi.imports.EnumOption;
import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.internal.values.Similarity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * Finds the option a cell means: by code, by its label in English or Chinese, or by an alias — compared
 * by {@link Similarity#key} so case, spaces and punctuation do not matter ("Key Account" = key_account).
 * Misspellings are not guessed here: they are suggested in the wizard and mapped by the user.
 */
public final class EnumMatcher {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private final ImportField field;
    private final Map<String, String> codeByKey = new HashMap<>();
    private final Map<String, List<String>> labelsByCode = new HashMap<>();

    public EnumMatcher(ImportField field, MessageSource messages) {
        this.field = field;
        for (EnumOption option : field.options()) {
            List<String> labels = new java.util.ArrayList<>();
            labels.add(option.code());
            for (Locale language : LANGUAGES) {
                labels.add(messages.getMessage(option.labelKey(), null, option.code(), language));
            }
            labels.addAll(option.aliases());
            labels.forEach(label -> codeByKey.putIfAbsent(Similarity.key(label), option.code()));
            labelsByCode.put(option.code(), labels);
        }
    }

    public ImportField field() {
        return field;
    }

    public Optional<String> match(String value) {
        return Optional.ofNullable(codeByKey.get(Similarity.key(value)));
    }

    /** The closest options to an unmatched value, for the user to choose from. */
    public List<Similarity.Suggestion<String>> suggest(String value, int limit) {
        return Similarity.best(value, labelsByCode.keySet(), labelsByCode::get, limit, 0.75);
    }
}
