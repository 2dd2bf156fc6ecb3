package dev.guanxi.contact.internal;

import dev.guanxi.customer.DemoAccountsCreated.DemoAccount;
import dev.guanxi.customer.DemoAccountsCreated.Tie;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The people network (人际关系网络) of the demo: staff reporting to their company's head; people at
 * companies of one group, at partners and at referring customers who worked together or know each
 * other — the "ways in" the account network shows — and private ties (classmates, relatives) between
 * people at unrelated companies. At most one tie per pair of people.
 */
final class DemoContactRelations {

    private static final int REPORTING = 70;
    private static final int ACROSS_TIES = 50;
    private static final int PRIVATE = 30;
    private static final int ATTEMPTS = 2000;

    private final Random random;
    private final List<List<Contact>> staff;
    private final List<Tie> ties;
    private final Map<UUID, List<Contact>> byAccount = new HashMap<>();
    private final Set<String> pairs = new HashSet<>();
    private final List<ContactRelation> relations = new ArrayList<>();

    DemoContactRelations(Random random, List<DemoAccount> accounts, List<List<Contact>> staff, List<Tie> ties) {
        this.random = random;
        this.staff = staff;
        this.ties = ties;
        for (int i = 0; i < accounts.size(); i++) {
            byAccount.put(accounts.get(i).id(), staff.get(i));
        }
    }

    List<ContactRelation> build() {
        reporting();
        acrossTies();
        privateTies();
        return relations;
    }

    /** Staff report to the head of their company (the first contact, its decision maker). */
    private void reporting() {
        List<Contact[]> lines = new ArrayList<>();
        for (List<Contact> people : staff) {
            for (Contact person : people.subList(Math.min(1, people.size()), people.size())) {
                lines.add(new Contact[] {person, people.get(0)});
            }
        }
        Collections.shuffle(lines, random);
        lines.stream().limit(REPORTING)
                .forEach(line -> add(line[0], line[1], ContactRelationType.REPORTS_TO, 3 + random.nextInt(3), null));
    }

    private void acrossTies() {
        List<Tie> usable = ties.stream()
                .filter(t -> byAccount.containsKey(t.fromAccountId()) && byAccount.containsKey(t.toAccountId())).toList();
        for (int attempt = 0, added = 0; attempt < ATTEMPTS && added < ACROSS_TIES && !usable.isEmpty(); attempt++) {
            Tie tie = usable.get(random.nextInt(usable.size()));
            Contact a = pick(byAccount.get(tie.fromAccountId()));
            Contact b = pick(byAccount.get(tie.toAccountId()));
            int kind = random.nextInt(10);
            ContactRelationType type = kind < 4 ? ContactRelationType.FORMER_COLLEAGUE
                    : kind < 7 ? ContactRelationType.KNOWS : ContactRelationType.FRIEND;
            String note = switch (type) {
                case FORMER_COLLEAGUE -> chinese(a) ? "曾在同一家公司共事多年" : "Worked together for several years";
                case KNOWS -> chinese(a) ? "项目合作中认识" : "Met on a joint project";
                default -> chinese(a) ? "经常一起打球" : "Old friends";
            };
            if (add(a, b, type, 2 + random.nextInt(4), random.nextBoolean() ? note : null)) {
                added++;
            }
        }
    }

    /** Classmates, relatives and acquaintances between people whose companies have nothing to do with each other. */
    private void privateTies() {
        List<Contact> everyone = staff.stream().flatMap(List::stream).toList();
        for (int attempt = 0, added = 0; attempt < ATTEMPTS && added < PRIVATE && everyone.size() > 1; attempt++) {
            Contact a = pick(everyone);
            Contact b = pick(everyone);
            if (a.getAccountId().equals(b.getAccountId()) || chinese(a) != chinese(b)) {
                continue;
            }
            int kind = random.nextInt(10);
            ContactRelationType type = kind < 4 ? ContactRelationType.FRIEND
                    : kind < 6 ? ContactRelationType.RELATIVE : ContactRelationType.KNOWS;
            List<String> notes = switch (type) {
                case FRIEND -> chinese(a) ? List.of("大学同学", "MBA 同学", "高尔夫球友") : List.of("University friends", "Sailing club");
                case RELATIVE -> chinese(a) ? List.of("表亲", "远房亲戚") : List.of("Cousins", "Related by marriage");
                default -> chinese(a) ? List.of("行业协会年会上认识", "老乡") : List.of("Met at a trade fair");
            };
            if (add(a, b, type, 1 + random.nextInt(5), pick(notes))) {
                added++;
            }
        }
    }

    private boolean add(Contact from, Contact to, ContactRelationType type, int closeness, String note) {
        UUID a = from.getId();
        UUID b = to.getId();
        if (a.equals(b) || !pairs.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a)) {
            return false;
        }
        relations.add(new ContactRelation(a, b, type, (short) closeness, note));
        return true;
    }

    private static boolean chinese(Contact contact) {
        return Character.UnicodeScript.of(contact.getName().codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
