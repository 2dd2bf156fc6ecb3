package dev.guanxi.imports.internal;

import dev.guanxi.imports.DuplicateMode;
import dev.guanxi.imports.internal.ImportMapping.UnresolvedReference;
import dev.guanxi.imports.internal.values.DateParsing.DateOrder;
import dev.guanxi.shared.problem.BadRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The mapping's JSON form of CONTRACTS.md, read strictly: a wrong shape is a 400 naming {@code mapping}. */
@Component
public class MappingJson {

    private static final int MAX_LENGTH = 1_000_000;

    private final ObjectMapper json;

    MappingJson(ObjectMapper json) {
        this.json = json;
    }

    public ImportMapping read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid();
        }
        try {
            JsonNode root = json.readTree(text);
            if (!root.isObject()) {
                throw invalid();
            }
            return new ImportMapping(stringMap(root.get("columns")), valueMaps(root.get("values")),
                    stringList(root.get("matchOn")), choice(DuplicateMode.class, root.get("onDuplicate")),
                    choice(UnresolvedReference.class, root.get("onUnresolvedReference")),
                    choice(DateOrder.class, root.get("dateOrder")));
        } catch (JacksonException e) {
            throw invalid();
        }
    }

    public String write(ImportMapping mapping) {
        ObjectNode root = json.createObjectNode();
        ObjectNode columns = root.putObject("columns");
        mapping.columns().forEach(columns::put);
        ObjectNode values = root.putObject("values");
        mapping.values().forEach((field, byValue) -> {
            ObjectNode node = values.putObject(field);
            byValue.forEach(node::put);
        });
        mapping.matchOn().forEach(root.putArray("matchOn")::add);
        root.put("onDuplicate", mapping.onDuplicate().code());
        root.put("onUnresolvedReference", mapping.onUnresolvedReference().code());
        root.put("dateOrder", mapping.dateOrder().name().toLowerCase(Locale.ROOT));
        return json.writeValueAsString(root);
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return map;
        }
        if (!node.isObject()) {
            throw invalid();
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isString() && !entry.getValue().isNull()) {
                throw invalid();
            }
            if (entry.getValue().isString()) {
                map.put(entry.getKey(), entry.getValue().asString());
            }
        }
        return map;
    }

    private static Map<String, Map<String, String>> valueMaps(JsonNode node) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return map;
        }
        if (!node.isObject()) {
            throw invalid();
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            map.put(entry.getKey(), stringMap(entry.getValue()));
        }
        return map;
    }

    private static List<String> stringList(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node == null || node.isNull()) {
            return list;
        }
        if (!node.isArray()) {
            throw invalid();
        }
        for (JsonNode item : node) {
            if (!item.isString()) {
                throw invalid();
            }
            list.add(item.asString());
        }
        return list;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw invalid();
        }
        try {
            return Enum.valueOf(type, node.asString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static BadRequestException invalid() {
        return new BadRequestException("import.mapping.invalid", "mapping");
    }
}
