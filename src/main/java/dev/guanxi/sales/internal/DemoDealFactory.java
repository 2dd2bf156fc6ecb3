package dev.guanxi.sales.internal;

import dev.guanxi.catalog.ProductSummary;
import dev.guanxi.contact.ContactSummary;
import dev.guanxi.customer.DemoAccountsCreated.DemoAccount;
import dev.guanxi.sales.internal.DemoDealTexts.Buyer;
import dev.guanxi.sales.internal.DemoDealTexts.Pick;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes one believable demo deal of the past year at a given account: what the customer buys, lines with
 * quantities and discounts, a name, and above all a stage history — opened on a backdated day in the
 * first stage, moved forward (now and then back once) with days in each stage drawn around the stage's
 * maximum, then won, lost, or still open in a stage (a few for longer than the stage allows, a few past
 * their expected close date). Some deals get their buying committee from the account's people and the
 * competitors met, with a SWOT; lost deals most often.
 */
final class DemoDealFactory {

    private static final int YEAR = 364;
    private static final int[] DISCOUNTS = {0, 0, 0, 0, 1, 2, 3, 5, 5, 8, 10};

    private final Random random;
    private final LocalDate today;
    private final Map<String, ProductSummary> products;
    private final SalesProcesses.ProcessView project;
    private final SalesProcesses.ProcessView repeatOrder;
    private final List<DemoDealTexts.Rival> rivals;
    private final Map<String, UUID> rivalIds;
    private final Map<UUID, Set<String>> names = new java.util.HashMap<>();

    DemoDealFactory(Random random, LocalDate today, Map<String, ProductSummary> products, SalesProcesses.ProcessView project,
                    SalesProcesses.ProcessView repeatOrder, Map<String, UUID> rivalIds) {
        this.random = random;
        this.today = today;
        this.products = products;
        this.project = project;
        this.repeatOrder = repeatOrder;
        this.rivals = DemoDealTexts.COMPETITORS.stream().filter(r -> rivalIds.containsKey(r.name())).toList();
        this.rivalIds = rivalIds;
    }

    /** A deal's stages (indexes into the process's open stages, then maybe won or lost) and the days ago of each step. */
    private record Course(SalesProcesses.ProcessView process, List<Integer> visits, StageOutcome outcome, int[] daysAgo,
                          int highest) {

        int openedAgo() {
            return daysAgo[0];
        }

        int lastAgo() {
            return daysAgo[daysAgo.length - 1];
        }
    }

    /** A deal at the account, or null when the catalogue has nothing this customer buys. */
    HistoricalDeals.Deal make(DemoAccount account, Supplier<List<ContactSummary>> people, StageOutcome outcome) {
        Buyer buyer = DemoDealTexts.buyerOf(account);
        if (buyer == Buyer.NONE) {
            return null;
        }
        Buyer goodsOf = buyer == Buyer.TRADING ? pick(List.of(Buyer.SYRUP, Buyer.CHEMICALS, Buyer.STEEL)) : buyer;
        boolean foreign = account.international();
        List<Pick> goods = (foreign ? DemoDealTexts.EXPORT : DemoDealTexts.GOODS).get(goodsOf).stream()
                .filter(p -> products.containsKey(p.code())).toList();
        if (goods.isEmpty()) {
            return null;
        }
        boolean repeat = repeatOrder != null && buyer != Buyer.LOGISTICS && random.nextInt(100) < 22;
        Course course = course(repeat ? repeatOrder : project, outcome);
        Pick main = weighted(goods);
        ProductSummary mainProduct = products.get(main.code());
        LocalDate opened = today.minusDays(course.openedAgo());
        LocalDate expectedClose = expectedClose(course, opened);

        UUID owner = account.ownerId();
        HistoricalDeals.Deal deal = HistoricalDeals.Deal.of(name(account, main, buyer, foreign, repeat, opened, expectedClose),
                        account.id())
                .process(course.process().process().getCode())
                .owner(owner, account.departmentId())
                .currency(mainProduct.currency())
                .expectedClose(expectedClose)
                .source(source(repeat))
                .salesMethod(method(account, buyer));
        BigDecimal mainQuantity = quantity(mainProduct, account.keyAccount(), repeat);
        deal.line(mainProduct.id(), mainProduct.name(), mainQuantity, mainProduct.listPrice(), discount());
        if (random.nextInt(100) < 35 && goods.size() > 1) {
            Pick second = weighted(goods);
            if (!second.code().equals(main.code())) {
                ProductSummary product = products.get(second.code());
                deal.line(product.id(), product.name(), quantity(product, account.keyAccount(), repeat),
                        product.listPrice(), discount());
            }
        }
        ProductSummary service = service(mainProduct, foreign);
        if (service != null && random.nextInt(100) < 35) {
            BigDecimal quantity = "吨".equals(service.unit())
                    ? round(mainQuantity.doubleValue() * (0.3 + 0.7 * random.nextDouble()))
                    : quantity(service, account.keyAccount(), repeat);
            deal.line(service.id(), service.name(), quantity, service.listPrice(), random.nextInt(3) == 0 ? discount() : BigDecimal.ZERO);
        }
        if (!repeat && random.nextInt(100) < 50) {
            String annual = mainQuantity.multiply(BigDecimal.valueOf(foreign ? 1 : 2)).toPlainString()
                    + (foreign ? " t/yr" : " 吨/年");
            deal.description(pick(foreign ? DemoDealTexts.EXPORT_DESCRIPTIONS : DemoDealTexts.DESCRIPTIONS)
                    .replace("{q}", annual));
        }

        List<Instant> times = history(deal, course, owner, foreign);
        if (random.nextInt(100) < 60) {
            committee(deal, people.get(), outcome, times);
        }
        int rivalChance = switch (outcome) {
            case LOST -> 75;
            case WON -> 35;
            case OPEN -> 25;
        };
        if (random.nextInt(100) < rivalChance) {
            competitors(deal, mainProduct.series(), foreign, outcome, times);
        }
        return deal;
    }

    /** The stages the deal passed through and on which days. */
    private Course course(SalesProcesses.ProcessView process, StageOutcome outcome) {
        List<SalesStage> open = process.openStages();
        int n = open.size();
        int highest = switch (outcome) {
            case WON -> n - 1;
            // more deals in early stages: the funnel's shape
            case OPEN -> weightedIndex(n, i -> n - i + 1);
            // lost anywhere, a little more often early (not qualified, no budget)
            case LOST -> weightedIndex(n, i -> 2 * n - i);
        };
        List<Integer> visits = new ArrayList<>();
        for (int i = 0; i <= highest; i++) {
            visits.add(i);
        }
        if (process == project && highest >= 2 && random.nextInt(100) < 15) {
            // back once: the proposal is revised, the decision maker wants another demonstration
            int back = 2 + random.nextInt(highest - 1);
            int at = visits.indexOf(back);
            visits.add(at + 1, back - 1);
            visits.add(at + 2, back);
        }
        boolean closed = outcome != StageOutcome.OPEN;
        int stays = closed ? visits.size() : visits.size() - 1;
        int[] days = new int[stays];
        for (int v = 0; v < stays; v++) {
            int max = maxDays(open.get(visits.get(v)));
            boolean again = visits.subList(0, v).contains(visits.get(v));
            double share = 0.25 + 0.85 * (random.nextDouble() + random.nextDouble()) / 2;
            days[v] = Math.max(1, (int) Math.round(max * share * (again ? 0.5 : 1)));
        }
        int current = 0;
        if (!closed) {
            int max = maxDays(open.get(visits.get(visits.size() - 1)));
            boolean stuck = random.nextInt(100) < 12;
            current = stuck ? (int) Math.round(max * (1.3 + 1.7 * random.nextDouble()))
                    : Math.max(1, (int) Math.round(max * (0.05 + 0.8 * random.nextDouble())));
        }
        int limit = closed ? YEAR - 30 : YEAR - current;
        fit(days, limit);
        int total = java.util.Arrays.stream(days).sum();
        int endAgo = closed ? 1 + random.nextInt(Math.max(1, YEAR - total)) : current;
        int[] ago = new int[stays + 1];
        ago[0] = endAgo + total;
        for (int v = 0; v < stays; v++) {
            ago[v + 1] = ago[v] - days[v];
        }
        return new Course(process, visits, outcome, ago, highest);
    }

    /** Shortens the stays proportionally so that they fit into {@code limit} days, each at least a day. */
    private static void fit(int[] days, int limit) {
        int total = java.util.Arrays.stream(days).sum();
        if (total <= limit || days.length == 0) {
            return;
        }
        double factor = (double) Math.max(days.length, limit) / total;
        for (int i = 0; i < days.length; i++) {
            days[i] = Math.max(1, (int) Math.floor(days[i] * factor));
        }
    }

    /** Writes the steps onto the deal: each on its day, in office hours in China (01:00–10:00 UTC). */
    private List<Instant> history(HistoricalDeals.Deal deal, Course course, UUID by, boolean foreign) {
        List<SalesStage> open = course.process().openStages();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < course.daysAgo().length; i++) {
            Instant at = today.minusDays(course.daysAgo()[i]).atTime(1, 0).toInstant(ZoneOffset.UTC)
                    .plusSeconds(60L * random.nextInt(540));
            times.add(at);
            if (i == 0) {
                deal.opened(open.get(course.visits().get(0)).getCode(), at, by);
            } else if (i < course.visits().size()) {
                deal.movedTo(open.get(course.visits().get(i)).getCode(), at, by);
            } else if (course.outcome() == StageOutcome.WON) {
                deal.won(at, by, pick(foreign ? DemoDealTexts.EXPORT_WIN_REASONS : DemoDealTexts.WIN_REASONS));
            } else {
                deal.lost(at, by, pick(foreign ? DemoDealTexts.EXPORT_LOSS_REASONS : DemoDealTexts.LOSS_REASONS));
            }
        }
        return times;
    }

    /**
     * Open deals: expected within the next nine months, sooner the further along they are — a few
     * already past it. Closed deals: about when they closed.
     */
    private LocalDate expectedClose(Course course, LocalDate opened) {
        if (course.outcome() != StageOutcome.OPEN) {
            LocalDate closed = today.minusDays(course.lastAgo());
            LocalDate expected = closed.plusDays(random.nextInt(41) - 20);
            return expected.isBefore(opened) ? opened : expected;
        }
        if (course.openedAgo() >= 10 && random.nextInt(100) < 12) {
            return today.minusDays(1 + random.nextInt(Math.min(30, course.openedAgo() - 1)));
        }
        List<SalesStage> open = course.process().openStages();
        double remaining = 0;
        for (int i = course.highest(); i < open.size(); i++) {
            remaining += maxDays(open.get(i)) * 0.6;
        }
        remaining = Math.max(3, remaining - course.lastAgo());
        long ahead = Math.round(remaining * (0.8 + 1.4 * random.nextDouble()));
        return today.plusDays(Math.max(7, Math.min(270, ahead)));
    }

    /** A name the account has no deal of yet: another template, else the next phase (二期) of the project. */
    private String name(DemoAccount account, Pick main, Buyer buyer, boolean foreign, boolean repeat, LocalDate opened,
                        LocalDate expectedClose) {
        Set<String> taken = names.computeIfAbsent(account.id(), id -> new java.util.HashSet<>());
        String name = null;
        for (int attempt = 0; attempt < 4 && (name == null || taken.contains(name)); attempt++) {
            name = name(main, buyer, foreign, repeat, opened, expectedClose);
        }
        List<String> phases = foreign ? DemoDealTexts.EXPORT_PHASES : DemoDealTexts.PHASES;
        String base = name;
        for (int phase = 0; taken.contains(name) && phase < phases.size(); phase++) {
            name = base + phases.get(phase);
        }
        taken.add(name);
        return name;
    }

    private String name(Pick main, Buyer buyer, boolean foreign, boolean repeat, LocalDate opened, LocalDate expectedClose) {
        String template;
        if (repeat) {
            template = pick(foreign ? DemoDealTexts.EXPORT_REPEAT_NAMES : DemoDealTexts.REPEAT_NAMES);
        } else if (foreign) {
            template = pick(main.code().startsWith("ST-") ? DemoDealTexts.EXPORT_STEEL_NAMES : DemoDealTexts.EXPORT_PROJECT_NAMES);
        } else {
            template = pick(DemoDealTexts.PROJECT_NAMES.get(buyer));
        }
        LocalDate dated = repeat ? opened : expectedClose;
        String name = template.replace("{p}", main.shortName())
                .replace("{y}", String.valueOf(dated.getYear()))
                .replace("{m}", String.valueOf(dated.getMonthValue()))
                .replace("{mon}", dated.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        return foreign ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
    }

    private void committee(HistoricalDeals.Deal deal, List<ContactSummary> people, StageOutcome outcome, List<Instant> times) {
        if (people.isEmpty()) {
            return;
        }
        List<ContactSummary> economic = people.stream()
                .filter(p -> DemoDealTexts.influenceOf(p.title()) == Influence.ECONOMIC).toList();
        // a coach (内线) is whoever inside wants us to win: often a buyer, a project or an assistant to the boss
        List<ContactSummary> coaches = people.stream()
                .filter(p -> DemoDealTexts.influenceOf(p.title()) == Influence.COACH || DemoDealTexts.buysFor(p.title()))
                .toList();
        int wanted = Math.min(people.size(), 1 + weightedIndex(4, i -> new int[] {25, 35, 25, 15}[i]));
        Map<ContactSummary, Influence> chosen = new java.util.LinkedHashMap<>();
        // most deals know their economic buyer and have a coach; the rest show the coverage warnings
        boolean bossKnown = !economic.isEmpty() && random.nextInt(100) < 70;
        boolean coached = !coaches.isEmpty() && random.nextInt(100) < 65;
        if (bossKnown) {
            chosen.put(pick(economic), Influence.ECONOMIC);
        }
        if (coached) {
            chosen.putIfAbsent(pick(coaches), Influence.COACH);
        }
        List<ContactSummary> others = new ArrayList<>(people);
        Collections.shuffle(others, random);
        for (ContactSummary person : others) {
            Influence influence = DemoDealTexts.influenceOf(person.title());
            if (chosen.size() >= wanted) {
                break;
            }
            if (influence == Influence.ECONOMIC && !bossKnown || influence == Influence.COACH && !coached) {
                continue;
            }
            chosen.putIfAbsent(person, influence);
        }
        if (chosen.isEmpty()) {
            // a company where only the boss is known: the committee is the boss
            chosen.put(people.get(0), DemoDealTexts.influenceOf(people.get(0).title()));
        }
        int[] attitudes = switch (outcome) {
            case WON -> new int[] {60, 32, 8};
            case LOST -> new int[] {28, 40, 32};
            case OPEN -> new int[] {45, 42, 13};
        };
        List<Instant> during = outcome == StageOutcome.OPEN ? times : times.subList(0, times.size() - 1);
        chosen.forEach((person, influence) -> {
            Attitude attitude = influence == Influence.COACH
                    ? (random.nextInt(100) < 85 ? Attitude.SUPPORTER : Attitude.NEUTRAL)
                    : Attitude.values()[weightedIndex(3, i -> attitudes[i])];
            String note = random.nextInt(100) < 35 ? pick(DemoDealTexts.MEMBER_NOTES.get(influence)) : null;
            deal.member(person.id(), influence, attitude, note, pick(during).plusSeconds(60L * (30 + random.nextInt(180))));
        });
    }

    private void competitors(HistoricalDeals.Deal deal, String series, boolean foreign, StageOutcome outcome,
                             List<Instant> times) {
        DemoDealTexts.Swot swot = DemoDealTexts.SWOT.get(series);
        List<DemoDealTexts.Rival> candidates = new ArrayList<>();
        for (DemoDealTexts.Rival rival : rivals) {
            if (rival.series().contains(series) && (!foreign || rival.exports())) {
                // at home the local competitors are met more often than the multinationals
                candidates.addAll(Collections.nCopies(foreign || rival.name().matches(".*\\p{IsHan}.*") ? 3 : 1, rival));
            }
        }
        if (swot == null || candidates.isEmpty()) {
            return;
        }
        int count = random.nextInt(100) < 20 ? 2 : 1;
        Set<DemoDealTexts.Rival> met = new LinkedHashSet<>();
        for (int tries = 0; met.size() < count && tries < 10; tries++) {
            met.add(pick(candidates));
        }
        int[] scores = switch (outcome) {
            case LOST -> new int[] {-2, -1, -1, 0, 0, 1};
            case WON -> new int[] {-1, 0, 1, 1, 2, 2};
            case OPEN -> new int[] {-2, -1, 0, 0, 1, 2};
        };
        List<Instant> during = outcome == StageOutcome.OPEN ? times : times.subList(0, times.size() - 1);
        for (DemoDealTexts.Rival rival : met) {
            deal.competitor(new HistoricalDeals.Rival(rivalIds.get(rival.name()),
                    some(swot.strengths(), 2), some(swot.weaknesses(), 1), some(swot.opportunities(), 2),
                    some(swot.threats(), 1),
                    new Competitors.Scores(score(scores), score(scores), score(scores), score(scores), score(scores)),
                    pick(during).plusSeconds(60L * (30 + random.nextInt(180)))));
        }
    }

    private String some(List<String> texts, int most) {
        List<String> shuffled = new ArrayList<>(texts);
        Collections.shuffle(shuffled, random);
        return String.join("；", shuffled.subList(0, 1 + random.nextInt(Math.min(most, shuffled.size()))));
    }

    private Integer score(int[] scores) {
        return scores[random.nextInt(scores.length)];
    }

    /** A service sold with the main product: transport or on-site support at home, ocean freight abroad. */
    private ProductSummary service(ProductSummary main, boolean foreign) {
        if (foreign) {
            return products.get(DemoDealTexts.EXPORT_SERVICE);
        }
        List<String> codes = DemoDealTexts.SERVICES.get(main.series());
        return codes == null ? null : products.get(pick(codes));
    }

    /** How much of a product a deal is about: tonnes by trade and size, pieces, trips or containers. */
    private BigDecimal quantity(ProductSummary product, boolean keyAccount, boolean repeat) {
        double scale = (keyAccount ? 1.6 : 1) * (repeat ? 0.08 + 0.17 * random.nextDouble() : 1);
        double value = switch (product.unit() == null ? "" : product.unit()) {
            case "吨" -> {
                double low = product.code().startsWith("ST-304") ? 10 : product.code().startsWith("ST-") ? 100
                        : product.code().startsWith("CH-") ? 20 : 50;
                double high = product.code().startsWith("ST-304") ? 200 : product.code().startsWith("ST-") ? 3000
                        : product.code().startsWith("CH-") ? 600 : 1500;
                yield (low + (high - low) * Math.pow(random.nextDouble(), 2)) * scale;
            }
            case "件" -> (20 + random.nextInt(280)) * scale;
            default -> 1 + random.nextInt(repeat ? 3 : 24);
        };
        return round(value);
    }

    private static BigDecimal round(double value) {
        long step = value >= 100 ? 10 : value >= 20 ? 5 : 1;
        return BigDecimal.valueOf(Math.max(1, Math.round(value / step) * step));
    }

    private BigDecimal discount() {
        return BigDecimal.valueOf(DISCOUNTS[random.nextInt(DISCOUNTS.length)]);
    }

    private OpportunitySource source(boolean repeat) {
        if (repeat) {
            return weighted(new OpportunitySource[] {OpportunitySource.EXISTING_CUSTOMER, OpportunitySource.PHONE,
                    OpportunitySource.EMAIL}, 70, 15, 15);
        }
        return weighted(new OpportunitySource[] {OpportunitySource.EXISTING_CUSTOMER, OpportunitySource.REFERRAL,
                        OpportunitySource.TRADE_SHOW, OpportunitySource.PHONE, OpportunitySource.WEB, OpportunitySource.EMAIL,
                        OpportunitySource.CAMPAIGN, OpportunitySource.PARTNER, OpportunitySource.WALK_IN, OpportunitySource.OTHER},
                20, 14, 12, 10, 10, 6, 6, 8, 3, 2);
    }

    private SalesMethod method(DemoAccount account, Buyer buyer) {
        if (account.keyAccount() && random.nextInt(100) < 60) {
            return SalesMethod.KEY_ACCOUNT;
        }
        if (buyer == Buyer.CONSTRUCTION && random.nextBoolean()) {
            return SalesMethod.TENDER;
        }
        if (buyer == Buyer.TRADING && random.nextBoolean()) {
            return SalesMethod.CHANNEL;
        }
        return weighted(new SalesMethod[] {SalesMethod.DIRECT, SalesMethod.TENDER, SalesMethod.ONLINE}, 85, 10, 5);
    }

    private static int maxDays(SalesStage stage) {
        return stage.getMaxDays() == null ? 14 : stage.getMaxDays();
    }

    private Pick weighted(List<Pick> picks) {
        return picks.get(weightedIndex(picks.size(), i -> picks.get(i).weight()));
    }

    private <T> T weighted(T[] values, int... weights) {
        return values[weightedIndex(values.length, i -> weights[i])];
    }

    private int weightedIndex(int size, java.util.function.IntUnaryOperator weight) {
        int total = 0;
        for (int i = 0; i < size; i++) {
            total += weight.applyAsInt(i);
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < size; i++) {
            roll -= weight.applyAsInt(i);
            if (roll < 0) {
                return i;
            }
        }
        return size - 1;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
