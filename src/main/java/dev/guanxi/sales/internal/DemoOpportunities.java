package dev.guanxi.sales.internal;

import dev.guanxi.catalog.ProductSummary;
import dev.guanxi.catalog.Products;
import dev.guanxi.contact.ContactSummary;
import dev.guanxi.contact.Contacts;
import dev.guanxi.customer.DemoAccountsCreated;
import dev.guanxi.customer.DemoAccountsCreated.DemoAccount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The demo company's pipeline: about 450 opportunities of the past twelve months at the customers of
 * the sales team, each owned by its account's owner (the pool's accounts have none) — a quarter won, a
 * quarter lost, half still open across the stages — with product lines from the demo catalogue, buying
 * committees from the accounts' people and the competitors met. Written through {@link HistoricalDeals}
 * with their backdated history, so the board, the funnel's conversion and time-in-stage figures and
 * the win rate look like a real company's. A fixed seed makes it the same on every installation (its
 * dates count back from the day of the load).
 *
 * <p>Runs just before the loading transaction commits rather than when the accounts are announced:
 * the committees need the accounts' people, which the contact module adds on the same announcement,
 * and the order of two listeners of one event is not something to rely on. It is still the same
 * transaction on the same thread, so the demo stays all or nothing.
 */
@Component
class DemoOpportunities {

    private static final long SEED = 20261127L;
    private static final int DEALS = 450;

    private final HistoricalDeals historicalDeals;
    private final SalesProcesses processes;
    private final Products products;
    private final Contacts contacts;
    private final CompetitorRepository competitors;
    private final EntityManager entityManager;

    DemoOpportunities(HistoricalDeals historicalDeals, SalesProcesses processes, Products products, Contacts contacts,
                      CompetitorRepository competitors, EntityManager entityManager) {
        this.historicalDeals = historicalDeals;
        this.processes = processes;
        this.products = products;
        this.contacts = contacts;
        this.competitors = competitors;
        this.entityManager = entityManager;
    }

    // before-commit listeners of the demo load that need the deals (the demo activities) come after this one
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 100)
    void on(DemoAccountsCreated event) {
        // The transaction holds every demo record so far (over a thousand): with the default flush mode each
        // query below would first check them all for changes. Nothing read here is changed here, and
        // HistoricalDeals flushes before it writes what refers to the new records.
        FlushModeType flushMode = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            load(event);
        } finally {
            entityManager.setFlushMode(flushMode);
        }
    }

    private void load(DemoAccountsCreated event) {
        List<DemoAccount> owned = event.accounts().stream().filter(a -> a.ownerId() != null).toList();
        Map<String, ProductSummary> catalogue = products.active().stream()
                .collect(Collectors.toMap(ProductSummary::code, Function.identity(), (a, b) -> a));
        if (owned.stream().allMatch(a -> DemoDealTexts.buyerOf(a) == DemoDealTexts.Buyer.NONE) || catalogue.isEmpty()) {
            return;
        }
        Map<String, UUID> rivals = rivals();
        SalesProcesses.ProcessView project = processes.defaultProcess();
        SalesProcesses.ProcessView repeatOrder = processes.all().stream()
                .filter(p -> "repeat_order".equals(p.process().getCode()) && p.process().isActive()).findFirst().orElse(null);
        Random random = new Random(SEED);
        DemoDealFactory factory = new DemoDealFactory(random, LocalDate.now(ZoneOffset.UTC), catalogue, project, repeatOrder,
                rivals);

        // the people of an account are asked for only when a deal there gets a committee
        Map<UUID, List<ContactSummary>> people = new HashMap<>();
        List<HistoricalDeals.Deal> deals = new ArrayList<>();
        int[] outcomes = new int[3];
        for (StageOutcome outcome : outcomes(random)) {
            DemoAccount account = account(owned, random);
            HistoricalDeals.Deal deal = factory.make(account, () -> people.computeIfAbsent(account.id(), contacts::ofAccount),
                    outcome);
            if (deal != null) {
                deals.add(deal);
                outcomes[outcome.ordinal()]++;
            }
        }
        historicalDeals.recordAll(deals);

        Map<String, Integer> loaded = event.loaded();
        loaded.put("competitors", rivals.size());
        loaded.put("opportunities", deals.size());
        loaded.put("won", outcomes[StageOutcome.WON.ordinal()]);
        loaded.put("lost", outcomes[StageOutcome.LOST.ordinal()]);
        loaded.put("buying committee members", deals.stream().mapToInt(HistoricalDeals.Deal::committeeSize).sum());
        loaded.put("competitor analyses", deals.stream().mapToInt(HistoricalDeals.Deal::competitorCount).sum());
    }

    /** A quarter won, a quarter lost, half open — shuffled. */
    private static List<StageOutcome> outcomes(Random random) {
        List<StageOutcome> outcomes = new ArrayList<>();
        outcomes.addAll(Collections.nCopies(DEALS / 4, StageOutcome.WON));
        outcomes.addAll(Collections.nCopies(DEALS / 4, StageOutcome.LOST));
        outcomes.addAll(Collections.nCopies(DEALS - 2 * (DEALS / 4), StageOutcome.OPEN));
        Collections.shuffle(outcomes, random);
        return outcomes;
    }

    /**
     * Key accounts get three times the deals of others; logistics partners, who mostly sell to us, half;
     * estate agents none.
     */
    private static DemoAccount account(List<DemoAccount> owned, Random random) {
        int total = 0;
        int[] weights = new int[owned.size()];
        for (int i = 0; i < owned.size(); i++) {
            DemoAccount account = owned.get(i);
            DemoDealTexts.Buyer buyer = DemoDealTexts.buyerOf(account);
            weights[i] = buyer == DemoDealTexts.Buyer.NONE ? 0 : buyer == DemoDealTexts.Buyer.LOGISTICS ? 1
                    : account.keyAccount() ? 6 : 2;
            total += weights[i];
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < owned.size(); i++) {
            roll -= weights[i];
            if (roll < 0) {
                return owned.get(i);
            }
        }
        return owned.get(owned.size() - 1);
    }

    /**
     * The demo's competitors by name; one that exists already (in any case) is used as it is. Saved
     * without a flush each: the loading transaction holds every demo record so far, and a flush checks
     * them all.
     */
    private Map<String, UUID> rivals() {
        Map<String, UUID> existing = competitors.findAll().stream()
                .collect(Collectors.toMap(c -> c.getName().toLowerCase(Locale.ROOT), Competitor::getId, (a, b) -> a));
        Map<String, UUID> ids = new HashMap<>();
        for (DemoDealTexts.Rival rival : DemoDealTexts.COMPETITORS) {
            UUID id = existing.get(rival.name().toLowerCase(Locale.ROOT));
            if (id == null) {
                Competitor competitor = new Competitor(rival.name());
                competitor.setWebsite(rival.website());
                competitor.setNotes(rival.notes());
                id = competitors.save(competitor).getId();
            }
            ids.put(rival.name(), id);
        }
        return ids;
    }
}
