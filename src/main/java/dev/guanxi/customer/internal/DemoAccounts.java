package dev.guanxi.customer.internal;

import dev.guanxi.customer.DemoAccountsCreated;
import dev.guanxi.customer.DemoAccountsCreated.DemoAccount;
import dev.guanxi.customer.DemoAccountsCreated.Tie;
import dev.guanxi.customer.internal.DemoTrades.Trade;
import dev.guanxi.identity.DemoCompanyCreated;
import dev.guanxi.identity.DemoCompanyCreated.Seller;
import dev.guanxi.identity.DemoCompanyCreated.Territory;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo company's 300 customers: five group companies, the course's named examples and made-up
 * companies in every territory, owned by the sales reps and managers there (a manager keeps the group
 * headquarters), 30 of them left in the shared pool, with partners, competitors and referrals between
 * them. A fixed seed makes the demo the same on every installation. Accounts are persisted directly
 * rather than through {@link AccountEditing}: the loader acts for the company, not as a user whose
 * assignment rights apply, and the entity's own hooks still keep search keys and history right.
 */
@Component
class DemoAccounts {

    private static final long SEED = 20261125L;
    private static final int POOL = 30;
    private static final Map<Territory, Integer> ACCOUNTS = new EnumMap<>(Map.of(
            Territory.EAST_CHINA, 95, Territory.SOUTH_CHINA, 75, Territory.NORTH_CHINA, 75, Territory.INTERNATIONAL, 55));

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    DemoAccounts(EntityManager entityManager, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /** An account being made, the market it belongs to, and whether it stays in the pool (公海) without owner. */
    private record Placed(Account account, Territory territory, boolean pooled) {
    }

    @EventListener
    void on(DemoCompanyCreated company) {
        Random random = new Random(SEED);
        DemoAccountFactory factory = new DemoAccountFactory(random);
        List<Placed> placed = new ArrayList<>();
        List<Tie> ties = new ArrayList<>();
        Set<Account> headquarters = new HashSet<>();
        for (DemoTrades.Group group : DemoTrades.GROUPS) {
            Placed parent = make(factory, group.parent(), group.brand(), Grade.A);
            placed.add(parent);
            headquarters.add(parent.account());
            for (DemoTrades.Member member : group.subsidiaries()) {
                Placed subsidiary = make(factory, member, group.brand(), random.nextBoolean() ? Grade.A : Grade.B);
                subsidiary.account().setParentAccountId(parent.account().getId());
                placed.add(subsidiary);
                ties.add(new Tie(subsidiary.account().getId(), parent.account().getId()));
            }
        }
        for (DemoTrades.Flagship flagship : DemoTrades.FLAGSHIPS) {
            placed.add(make(factory, new DemoTrades.Member(flagship.name(), flagship.city(), flagship.industry()),
                    flagship.brand(), Grade.A));
        }
        placed.addAll(madeUp(factory, random, placed));
        assignOwners(company.salesTeam(), placed, headquarters, random);
        placed.forEach(p -> entityManager.persist(p.account()));
        entityManager.flush();
        List<AccountRelation> relations = new DemoAccountRelations(random, placed.stream()
                .map(p -> new DemoAccountRelations.Candidate(p.account(), p.territory())).toList()).build();
        relations.forEach(entityManager::persist);
        relations.stream().filter(r -> r.getType() != AccountRelationType.COMPETITOR)
                .forEach(r -> ties.add(new Tie(r.getFromAccountId(), r.getToAccountId())));

        Map<String, Integer> loaded = company.loaded();
        loaded.put("accounts", placed.size());
        loaded.put("pool accounts", (int) placed.stream().filter(p -> p.account().isInPool()).count());
        loaded.put("group companies", DemoTrades.GROUPS.size());
        loaded.put("account relations", relations.size());
        events.publishEvent(new DemoAccountsCreated(placed.stream().map(DemoAccounts::summary).toList(), ties, loaded));
    }

    private static Placed make(DemoAccountFactory factory, DemoTrades.Member member, String brand, Grade grade) {
        Trade trade = DemoTrades.trade(member.industry());
        boolean chinese = DemoPlaces.CITIES.stream().anyMatch(c -> c.name().equals(member.city()));
        if (chinese) {
            DemoPlaces.City city = DemoPlaces.city(member.city());
            return new Placed(factory.chinese(member.name(), brand, city, trade, grade, false), city.territory(), false);
        }
        return new Placed(factory.foreign(member.name(), brand, DemoPlaces.foreignCity(member.city()), trade, grade, false),
                Territory.INTERNATIONAL, false);
    }

    /** Fills every territory up to its share with made-up companies; {@link #POOL} of them, at random, unowned. */
    private static List<Placed> madeUp(DemoAccountFactory factory, Random random, List<Placed> named) {
        List<Territory> slots = new ArrayList<>();
        for (Map.Entry<Territory, Integer> share : ACCOUNTS.entrySet()) {
            long already = named.stream().filter(p -> p.territory() == share.getKey()).count();
            slots.addAll(Collections.nCopies(share.getValue() - (int) already, share.getKey()));
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, slots.size()).boxed().toList());
        Collections.shuffle(order, random);
        Set<Integer> pool = new HashSet<>(order.subList(0, POOL));
        Trade[] trades = DemoTrades.TRADES.toArray(Trade[]::new);
        int[] tradeWeights = DemoTrades.TRADES.stream().mapToInt(Trade::weight).toArray();
        List<Placed> made = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Territory territory = slots.get(i);
            Trade trade = DemoAccountFactory.weighted(random, trades, tradeWeights);
            Grade grade = DemoAccountFactory.weighted(random, Grade.values(), 12, 33, 38, 17);
            boolean unowned = pool.contains(i);
            Account account = territory == Territory.INTERNATIONAL
                    ? factory.foreign(pick(random, DemoPlaces.FOREIGN_CITIES), trade, grade, unowned)
                    : factory.chinese(pick(random, DemoPlaces.citiesOf(territory)), trade, grade, unowned);
            made.add(new Placed(account, territory, unowned));
        }
        return made;
    }

    /**
     * Gives each owned account to a seller of its territory — a rep carries three times a manager's
     * load, dealt like cards so that nobody ends up with twice a colleague's share — and each group's
     * headquarters to the territory's manager, who keeps the big relationships.
     */
    private static void assignOwners(List<Seller> team, List<Placed> placed, Set<Account> headquarters, Random random) {
        Map<Territory, List<Seller>> decks = new EnumMap<>(Territory.class);
        Map<Territory, Seller> managers = new EnumMap<>(Territory.class);
        for (Seller seller : team) {
            decks.computeIfAbsent(seller.territory(), t -> new ArrayList<>())
                    .addAll(Collections.nCopies(seller.manager() ? 1 : 3, seller));
            if (seller.manager()) {
                managers.putIfAbsent(seller.territory(), seller);
            }
        }
        Map<Territory, List<Seller>> dealing = new EnumMap<>(Territory.class);
        for (Placed p : placed) {
            List<Seller> deck = decks.get(p.territory());
            if (p.pooled() || deck == null) {
                continue;
            }
            Seller owner = managers.get(p.territory());
            if (!headquarters.contains(p.account()) || owner == null) {
                List<Seller> hand = dealing.computeIfAbsent(p.territory(), t -> new ArrayList<>());
                if (hand.isEmpty()) {
                    hand.addAll(deck);
                    Collections.shuffle(hand, random);
                }
                owner = hand.remove(hand.size() - 1);
            }
            p.account().assignTo(owner.userId(), owner.departmentId());
        }
    }

    private static DemoAccount summary(Placed p) {
        Account a = p.account();
        String mailDomain = a.getEmail().substring(a.getEmail().indexOf('@') + 1);
        return new DemoAccount(a.getId(), a.getName(), a.getOwnerId(), a.getDepartmentId(), a.getCountry(),
                !"中国".equals(a.getCountry()), a.getGrade() == Grade.A, mailDomain, a.getPhone());
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
