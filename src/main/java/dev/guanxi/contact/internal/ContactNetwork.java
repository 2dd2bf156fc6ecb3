package dev.guanxi.contact.internal;

import dev.guanxi.customer.AccountSummary;
import dev.guanxi.customer.Accounts;
import dev.guanxi.customer.NetworkContributor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * People on the account network: the contacts of every account on the graph, the ties between them,
 * and — the way in a rep looks for — people elsewhere who know them, with their companies.
 */
@Component
class ContactNetwork implements NetworkContributor {

    private static final int MAX_CONTACTS_PER_GRAPH = 120;

    private final ContactQueries queries;
    private final ContactRelations relations;
    private final Accounts accounts;

    ContactNetwork(ContactQueries queries, ContactRelations relations, Accounts accounts) {
        this.queries = queries;
        this.relations = relations;
        this.accounts = accounts;
    }

    @Override
    public Contribution contribute(UUID focusAccountId, Collection<UUID> accountIds) {
        var scope = ContactAccess.scope();
        Map<UUID, ContactRow> people = new LinkedHashMap<>();
        queries.ofAccounts(accountIds, scope, MAX_CONTACTS_PER_GRAPH).forEach(c -> people.put(c.id(), c));
        List<ContactRelation> ties = relations.touching(people.keySet());
        List<UUID> outsiders = ties.stream().flatMap(t -> Stream.of(t.getFromContactId(), t.getToContactId()))
                .filter(id -> !people.containsKey(id)).distinct().toList();
        queries.findReadable(outsiders, scope).forEach(people::putIfAbsent);

        Map<UUID, AccountSummary> employers = accounts.findReadable(people.values().stream()
                .map(ContactRow::accountId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        employers.values().stream().filter(a -> !accountIds.contains(a.id())).forEach(a ->
                nodes.add(new Node("account:" + a.id(), a.name(), "account", null, "/accounts/" + a.id(), 24)));
        for (ContactRow person : people.values()) {
            String detail = Stream.of(person.title(), person.accountName()).filter(Objects::nonNull)
                    .collect(Collectors.joining(" · "));
            nodes.add(new Node("contact:" + person.id(), person.name(), person.keyDecisionMaker() ? "key_contact" : "contact",
                    detail, "/contacts/" + person.id(), person.keyDecisionMaker() ? 24 : 16));
            if (person.accountId() != null && employers.containsKey(person.accountId())) {
                links.add(new Link("contact:" + person.id(), "account:" + person.accountId(), "works_at", person.title()));
            }
        }
        ties.stream().filter(t -> people.containsKey(t.getFromContactId()) && people.containsKey(t.getToContactId()))
                .forEach(t -> links.add(new Link("contact:" + t.getFromContactId(), "contact:" + t.getToContactId(),
                        t.getType().code(), t.getNote())));
        return new Contribution(nodes, links);
    }
}
