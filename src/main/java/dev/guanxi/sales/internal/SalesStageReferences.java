package dev.guanxi.sales.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.ReferenceResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stages of the default sales process named in an imported file: by code, or by the stage's name in
 * English or Chinese (case, spaces and punctuation aside). Another system's stage names ("Proposal/Price
 * Quote") are mapped by the user in the wizard's value mapping to one of ours.
 */
@Component
class SalesStageReferences implements ReferenceResolver {

    private final SalesProcesses processes;

    SalesStageReferences(SalesProcesses processes) {
        this.processes = processes;
    }

    @Override
    public Map<String, UUID> resolve(Collection<String> values, CurrentUser importer) {
        Map<String, UUID> byKey = new HashMap<>();
        for (SalesStage stage : processes.defaultProcess().stages()) {
            byKey.put(stage.getId().toString(), stage.getId());
            byKey.putIfAbsent(key(stage.getCode()), stage.getId());
            byKey.putIfAbsent(key(stage.getNameEn()), stage.getId());
            byKey.putIfAbsent(key(stage.getNameZh()), stage.getId());
        }
        Map<String, UUID> result = new LinkedHashMap<>();
        for (String value : values) {
            UUID id = byKey.get(value.strip().toLowerCase(Locale.ROOT));
            if (id == null) {
                id = byKey.get(key(value));
            }
            if (id != null) {
                result.put(value, id);
            }
        }
        return result;
    }

    @Override
    public List<ReferenceMatch> suggest(String value, CurrentUser importer, int limit) {
        String wanted = key(value);
        List<ReferenceMatch> matches = new ArrayList<>();
        if (wanted.isEmpty()) {
            return matches;
        }
        Locale locale = LocaleContextHolder.getLocale();
        for (SalesStage stage : processes.defaultProcess().stages()) {
            double best = 0;
            for (String name : List.of(stage.getCode(), stage.getNameEn(), stage.getNameZh())) {
                String candidate = key(name);
                if (candidate.equals(wanted)) {
                    best = 1;
                } else if (!candidate.isEmpty() && (candidate.contains(wanted) || wanted.contains(candidate))) {
                    best = Math.max(best, 0.8);
                }
            }
            if (best > 0) {
                matches.add(new ReferenceMatch(stage.getId(), stage.name(locale), best));
            }
        }
        return matches.stream().sorted(Comparator.comparingDouble(ReferenceMatch::score).reversed()).limit(limit).toList();
    }

    @Override
    public Map<UUID, String> labels(Collection<UUID> ids) {
        Map<UUID, SalesStage> stages = processes.allStages();
        Locale locale = LocaleContextHolder.getLocale();
        Map<UUID, String> labels = new HashMap<>();
        ids.forEach(id -> {
            SalesStage stage = stages.get(id);
            if (stage != null) {
                labels.put(id, stage.name(locale));
            }
        });
        return labels;
    }

    /** Letters and digits only, lower case: "Closed Won" = closed_won = closed-won. */
    private static String key(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
