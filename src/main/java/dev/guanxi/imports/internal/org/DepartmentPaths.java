package dev.guanxi.imports.internal.org;

import dev.guanxi.identity.DepartmentSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The department tree held in memory for one chunk, so that a file can name a department by id, by
 * name (when only one department has it) or by path from any department down ("销售部/华东区"), and
 * so that departments created by earlier rows of the file can be named by later ones. Names compare as
 * the database's sibling index does: case-insensitively, spaces at the ends ignored.
 */
final class DepartmentPaths {

    static final Pattern SEPARATOR = Pattern.compile("\\s*[/／>＞]\\s*");
    /** Prefix of the keys a preview keeps in the import's seen keys for departments it would create. */
    static final String PENDING_KEY = "department:";

    record Node(UUID id, String name, Node parent) {
        String pathKey() {
            return parent == null ? key(name) : parent.pathKey() + "/" + key(name);
        }

        String path() {
            return parent == null ? name : parent.path() + "/" + name;
        }
    }

    /** What a reference found: one node, nothing (null node), or more than one (ambiguous). */
    record Lookup(Node node, boolean ambiguous) {
    }

    private final Map<UUID, Node> byId = new HashMap<>();
    private final Map<String, List<Node>> byName = new HashMap<>();
    private final Map<String, Node> byChildKey = new HashMap<>();
    private final Map<String, Node> byPath = new HashMap<>();

    /** The tree of {@code departments}, given parents before children (as {@code UserDirectory.departments()} is). */
    static DepartmentPaths of(List<DepartmentSummary> departments) {
        DepartmentPaths tree = new DepartmentPaths();
        List<DepartmentSummary> pending = new ArrayList<>(departments);
        // parents first, whatever the order given: a few passes at most
        for (int pass = 0; !pending.isEmpty() && pass < 64; pass++) {
            pending.removeIf(d -> {
                Node parent = d.parentId() == null ? null : tree.byId.get(d.parentId());
                if (d.parentId() != null && parent == null) {
                    return false;
                }
                tree.add(d.id(), d.name(), parent);
                return true;
            });
        }
        return tree;
    }

    /** Adds the departments a preview would have created in earlier chunks (their paths, from the seen keys). */
    void addPending(Set<String> seenKeys) {
        seenKeys.stream().filter(k -> k.startsWith(PENDING_KEY)).map(k -> k.substring(PENDING_KEY.length()))
                .sorted(Comparator.comparingInt((String p) -> p.split("/").length))
                .forEach(path -> {
                    int cut = path.lastIndexOf('/');
                    Node parent = cut < 0 ? null : byPath.get(path.substring(0, cut));
                    if (!byPath.containsKey(path) && (cut < 0 || parent != null)) {
                        add(UUID.randomUUID(), path.substring(cut + 1), parent);
                    }
                });
    }

    Node add(UUID id, String name, Node parent) {
        Node node = new Node(id, name.strip(), parent);
        byId.put(id, node);
        byName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(node);
        byChildKey.put(childKey(parent, name), node);
        byPath.put(node.pathKey(), node);
        return node;
    }

    /** The department called {@code name} directly under {@code parent} (null: a top department). */
    Node child(Node parent, String name) {
        return byChildKey.get(childKey(parent, name));
    }

    Node byId(UUID id) {
        return byId.get(id);
    }

    List<Node> all() {
        return List.copyOf(byId.values());
    }

    Lookup resolve(String reference) {
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty()) {
            return new Lookup(null, false);
        }
        try {
            Node node = byId.get(UUID.fromString(text));
            if (node != null) {
                return new Lookup(node, false);
            }
        } catch (IllegalArgumentException notAnId) {
            // a name or a path
        }
        List<String> segments = SEPARATOR.splitAsStream(text).filter(s -> !s.isBlank()).toList();
        if (segments.isEmpty()) {
            return new Lookup(null, false);
        }
        Node fromTop = byPath.get(String.join("/", segments.stream().map(DepartmentPaths::key).toList()));
        if (fromTop != null) {
            return new Lookup(fromTop, false);
        }
        List<Node> found = new ArrayList<>();
        for (Node start : byName.getOrDefault(key(segments.get(0)), List.of())) {
            Node current = start;
            for (int i = 1; i < segments.size() && current != null; i++) {
                current = child(current, segments.get(i));
            }
            if (current != null) {
                found.add(current);
            }
        }
        return found.size() == 1 ? new Lookup(found.get(0), false) : new Lookup(null, found.size() > 1);
    }

    static boolean hasSeparator(String name) {
        return SEPARATOR.matcher(name).find();
    }

    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String childKey(Node parent, String name) {
        return (parent == null ? "" : parent.id().toString()) + "\u0000" + key(name);
    }
}
