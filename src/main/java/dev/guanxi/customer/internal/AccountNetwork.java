package dev.guanxi.customer.internal;

import dev.guanxi.customer.NetworkContributor;
import dev.guanxi.customer.NetworkContributor.Link;
import dev.guanxi.customer.NetworkContributor.Node;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship network (人际关系网络) around an account: its group company (parents up to the
 * top, subsidiaries below), its partners, competitors and referrals, and — from contributors such as
 * the contact module — the people at these companies and who knows whom. Only records the user can
 * see become nodes; the graph is bounded so it stays readable.
 */
@Service
public class AccountNetwork {

    private static final int MAX_GROUP_DEPTH = 3;
    private static final int MAX_ACCOUNTS = 80;

    private final AccountAccess access;
    private final AccountQueries queries;
    private final AccountRelations relations;
    private final List<NetworkContributor> contributors;
    private final org.springframework.context.MessageSource messages;

    AccountNetwork(AccountAccess access, AccountQueries queries, AccountRelations relations,
                   List<NetworkContributor> contributors, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.access = access;
        this.queries = queries;
        this.relations = relations;
        this.contributors = contributors;
    }

    /** The graph, and the labels of its categories and link types in the user's language. */
    public record Graph(List<Node> nodes, List<Link> links, Map<String, String> categories, Map<String, String> linkTypes) {
    }

    static final List<String> CATEGORIES = List.of("focus", "group", "partner", "competitor", "referral", "contact",
            "key_contact", "account");
    static final List<String> LINK_TYPES = List.of("subsidiary", "partner", "competitor", "referral", "works_at",
            "knows", "reports_to", "friend", "former_colleague", "relative");

    @Transactional(readOnly = true)
    public Graph around(UUID accountId) {
        Account focus = access.readable(accountId);
        VisibilityScope scope = AccountAccess.scope();
        Map<String, Node> nodes = new LinkedHashMap<>();
        Set<Link> links = new LinkedHashSet<>();
        nodes.put(key(focus.getId()), node(focus.getId(), focus.getName(), "focus", focus.getCity(), 46));

        UUID top = addAncestors(focus, scope, nodes, links);
        addDescendants(top, scope, nodes, links);
        addRelations(focus.getId(), scope, nodes, links);

        List<UUID> accountIds = nodes.keySet().stream().map(k -> UUID.fromString(k.substring(8))).toList();
        for (NetworkContributor contributor : contributors) {
            NetworkContributor.Contribution contribution = contributor.contribute(focus.getId(), accountIds);
            contribution.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
            contribution.links().stream()
                    .filter(l -> nodes.containsKey(l.source()) && nodes.containsKey(l.target()))
                    .forEach(links::add);
        }
        Map<String, String> categories = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> categories.put(c, message("network.category." + c)));
        Map<String, String> linkTypes = new LinkedHashMap<>();
        LINK_TYPES.forEach(t -> linkTypes.put(t, message("network.link." + t)));
        return new Graph(List.copyOf(nodes.values()), List.copyOf(links), categories, linkTypes);
    }

    private UUID addAncestors(Account focus, VisibilityScope scope, Map<String, Node> nodes, Set<Link> links) {
        UUID child = focus.getId();
        UUID parentId = focus.getParentAccountId();
        Set<UUID> seen = new LinkedHashSet<>(List.of(child));
        while (parentId != null && seen.add(parentId)) {
            AccountRow parent = queries.findReadable(parentId, scope, false).orElse(null);
            if (parent == null) {
                break;
            }
            nodes.putIfAbsent(key(parent.id()), node(parent.id(), parent.name(), "group", parent.city(), 34));
            links.add(new Link(key(parent.id()), key(child), "subsidiary", null));
            child = parent.id();
            parentId = parent.parentAccountId();
        }
        return child;
    }

    private void addDescendants(UUID top, VisibilityScope scope, Map<String, Node> nodes, Set<Link> links) {
        Collection<UUID> level = List.of(top);
        for (int depth = 0; depth < MAX_GROUP_DEPTH && !level.isEmpty() && nodes.size() < MAX_ACCOUNTS; depth++) {
            List<AccountRow> children = queries.children(level, scope, MAX_ACCOUNTS);
            List<UUID> next = new ArrayList<>();
            for (AccountRow child : children) {
                if (nodes.size() >= MAX_ACCOUNTS) {
                    break;
                }
                nodes.putIfAbsent(key(child.id()), node(child.id(), child.name(), "group", child.city(), 30));
                links.add(new Link(key(child.parentAccountId()), key(child.id()), "subsidiary", null));
                next.add(child.id());
            }
            level = next;
        }
    }

    private void addRelations(UUID focusId, VisibilityScope scope, Map<String, Node> nodes, Set<Link> links) {
        List<AccountRelation> touching = relations.touching(List.of(focusId));
        Map<UUID, AccountRow> others = queries.findReadable(touching.stream().map(r -> r.otherThan(focusId)).toList(), scope);
        for (AccountRelation relation : touching) {
            AccountRow other = others.get(relation.otherThan(focusId));
            if (other == null) {
                continue;
            }
            nodes.putIfAbsent(key(other.id()), node(other.id(), other.name(), relation.getType().code(), other.city(), 30));
            links.add(new Link(key(relation.getFromAccountId()), key(relation.getToAccountId()),
                    relation.getType().code(), relation.getNote()));
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    static String key(UUID accountId) {
        return "account:" + accountId;
    }

    private static Node node(UUID id, String name, String category, String detail, int size) {
        return new Node(key(id), name, category, detail, "/accounts/" + id, size);
    }
}
