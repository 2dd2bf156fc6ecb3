package dev.guanxi.customer.internal;

import dev.guanxi.customer.Industry;
import dev.guanxi.identity.DemoCompanyCreated.Territory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Business relations between the demo accounts (客户间的商业关系), as they arise in one market:
 * companies of the same trade compete, logistics firms partner with the producers they deliver for,
 * and satisfied customers refer others. At most one relation per pair of accounts, never within a group
 * (that tie is the parent field).
 */
final class DemoAccountRelations {

    private static final int COMPETITORS = 12;
    private static final int PARTNERS = 14;
    private static final int REFERRALS = 14;
    private static final int ATTEMPTS = 2000;

    record Candidate(Account account, Territory territory) {
    }

    private final Random random;
    private final List<Candidate> candidates;
    private final Set<String> pairs = new HashSet<>();
    private final List<AccountRelation> relations = new ArrayList<>();

    DemoAccountRelations(Random random, List<Candidate> candidates) {
        this.random = random;
        this.candidates = candidates;
    }

    List<AccountRelation> build() {
        add(AccountRelationType.COMPETITOR, COMPETITORS, a -> a.account().getIndustry() != Industry.LOGISTICS,
                (a, b) -> b.account().getIndustry() == a.account().getIndustry(),
                List.of("同区域同类产品，常在报价上竞争", "争夺同一批下游客户", "招投标中多次交手"),
                List.of("Competes for the same buyers", "Bids against each other in tenders"));
        add(AccountRelationType.PARTNER, PARTNERS, a -> a.account().getIndustry() != Industry.LOGISTICS,
                (a, b) -> b.account().getIndustry() == Industry.LOGISTICS,
                List.of("长期物流合作，负责区域配送", "港口中转与仓储合作", "联合投标伙伴"),
                List.of("Long-term logistics partner", "Joint warehousing arrangement"));
        add(AccountRelationType.REFERRAL, REFERRALS, a -> a.account().getStatus() == AccountStatus.ACTIVE,
                (a, b) -> true,
                List.of("老客户转介绍", "在行业展会上引荐", "由对方采购经理推荐"),
                List.of("Introduced us at a trade show", "Recommended us to their sister company"));
        return relations;
    }

    private void add(AccountRelationType type, int wanted, Predicate<Candidate> from, BiPredicate<Candidate, Candidate> to,
                     List<String> chineseNotes, List<String> englishNotes) {
        List<Candidate> origins = candidates.stream().filter(from).toList();
        int added = 0;
        for (int attempt = 0; attempt < ATTEMPTS && added < wanted && !origins.isEmpty(); attempt++) {
            Candidate a = origins.get(random.nextInt(origins.size()));
            List<Candidate> partners = candidates.stream()
                    .filter(b -> b != a && b.territory() == a.territory() && to.test(a, b) && !sameGroup(a, b))
                    .toList();
            if (partners.isEmpty()) {
                continue;
            }
            Candidate b = partners.get(random.nextInt(partners.size()));
            if (!pairs.add(pairKey(a.account().getId(), b.account().getId()))) {
                continue;
            }
            List<String> notes = "中国".equals(a.account().getCountry()) ? chineseNotes : englishNotes;
            String note = random.nextInt(3) == 0 ? null : notes.get(random.nextInt(notes.size()));
            relations.add(new AccountRelation(a.account().getId(), b.account().getId(), type, note));
            added++;
        }
    }

    private static boolean sameGroup(Candidate a, Candidate b) {
        UUID groupOfA = a.account().getParentAccountId() == null ? a.account().getId() : a.account().getParentAccountId();
        UUID groupOfB = b.account().getParentAccountId() == null ? b.account().getId() : b.account().getParentAccountId();
        return Objects.equals(groupOfA, groupOfB);
    }

    private static String pairKey(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
