package dev.guanxi.imports.internal;

import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.ImportTarget;
import dev.guanxi.imports.internal.values.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Suggests which field each column of a file feeds, from its header: the field's JSON name, its label
 * in English or Chinese, or a usual header of Excel sheets and other CRMs (客户名称, Company, 手机...),
 * compared without case, spaces and punctuation, then by similarity. Each field gets at most one
 * column: the most similar one.
 */
@Component
public class MappingSuggestions {

    private static final double MIN_SCORE = 0.88;

    private final MessageSource messages;

    MappingSuggestions(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> suggest(ImportTarget target, List<String> headers) {
        record Candidate(String header, String field, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String header : headers) {
            for (ImportField field : target.fields()) {
                double best = 0;
                for (String name : namesOf(field)) {
                    best = Math.max(best, Similarity.score(header, name));
                }
                if (best >= MIN_SCORE) {
                    candidates.add(new Candidate(header, field.name(), best));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Map<String, String> columns = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!columns.containsKey(candidate.header()) && taken.add(candidate.field())) {
                columns.put(candidate.header(), candidate.field());
            }
        }
        Map<String, String> inFileOrder = new LinkedHashMap<>();
        headers.stream().filter(columns::containsKey).forEach(h -> inFileOrder.put(h, columns.get(h)));
        return inFileOrder;
    }

    private List<String> namesOf(ImportField field) {
        List<String> names = new ArrayList<>();
        names.add(field.name());
        names.add(messages.getMessage(field.labelKey(), null, field.name(), Locale.ENGLISH));
        names.add(messages.getMessage(field.labelKey(), null, field.name(), Locale.SIMPLIFIED_CHINESE));
        names.addAll(field.headerAliases());
        return names;
    }
}
