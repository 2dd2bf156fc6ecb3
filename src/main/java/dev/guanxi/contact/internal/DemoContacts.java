package dev.guanxi.contact.internal;

import dev.guanxi.customer.DemoAccountsCreated;
import dev.guanxi.customer.DemoAccountsCreated.DemoAccount;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The 800 people at the demo company's customers: at each account its head (the decision maker) and
 * a buyer first, then engineers, users, assistants and champions — more of them at key accounts —
 * and the people network between them. Owned by the account's owner, as contacts added by hand are.
 * Persisted directly for the same reason as the accounts: the loader acts for the company, and the
 * entity's hooks keep search keys and change history right.
 */
@Component
class DemoContacts {

    private static final long SEED = 20261126L;
    private static final int CONTACTS = 800;
    private static final int MAX_PER_ACCOUNT = 12;

    private final EntityManager entityManager;

    DemoContacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void on(DemoAccountsCreated event) {
        List<DemoAccount> accounts = event.accounts();
        if (accounts.isEmpty()) {
            return;
        }
        Random random = new Random(SEED);
        DemoContactFactory factory = new DemoContactFactory(random);
        int[] perAccount = spread(accounts, random);
        List<List<Contact>> staff = new ArrayList<>();
        int created = 0;
        for (int i = 0; i < accounts.size(); i++) {
            DemoAccount account = accounts.get(i);
            List<Contact> people = new ArrayList<>();
            for (int k = 0; k < perAccount[i]; k++) {
                DecisionRole role = k == 0 ? DecisionRole.DECISION_MAKER
                        : k == 1 ? DecisionRole.PURCHASER : otherRole(random);
                // a key decision maker (核心决策者) is worth a profile: the heads of key accounts, a few others
                boolean key = role == DecisionRole.DECISION_MAKER ? account.keyAccount() || random.nextInt(4) == 0
                        : role == DecisionRole.INFLUENCER && random.nextInt(10) == 0;
                Contact contact = account.international() ? factory.foreign(account, role, key)
                        : factory.chinese(account, role, key);
                contact.setAccountId(account.id());
                contact.assignTo(account.ownerId(), account.departmentId());
                entityManager.persist(contact);
                people.add(contact);
            }
            staff.add(people);
            created += people.size();
        }
        entityManager.flush();
        List<ContactRelation> relations = new DemoContactRelations(random, accounts, staff, event.ties()).build();
        relations.forEach(entityManager::persist);
        event.loaded().put("contacts", created);
        event.loaded().put("contact relations", relations.size());
    }

    /** One contact per account at least; the rest go mostly to key accounts, where more people are known. */
    private static int[] spread(List<DemoAccount> accounts, Random random) {
        int[] counts = new int[accounts.size()];
        java.util.Arrays.fill(counts, 1);
        int[] weights = accounts.stream().mapToInt(a -> a.keyAccount() ? 4 : 1).toArray();
        int total = java.util.Arrays.stream(weights).sum();
        int remaining = Math.min(CONTACTS, accounts.size() * MAX_PER_ACCOUNT) - accounts.size();
        while (remaining > 0) {
            int roll = random.nextInt(total);
            int i = 0;
            while (roll >= weights[i]) {
                roll -= weights[i++];
            }
            if (counts[i] < MAX_PER_ACCOUNT) {
                counts[i]++;
                remaining--;
            }
        }
        return counts;
    }

    private static DecisionRole otherRole(Random random) {
        DecisionRole[] roles = {DecisionRole.INFLUENCER, DecisionRole.EVALUATOR, DecisionRole.USER,
                DecisionRole.PURCHASER, DecisionRole.GATEKEEPER, DecisionRole.CHAMPION};
        int[] weights = {3, 3, 3, 2, 1, 2};
        int roll = random.nextInt(15);
        for (int i = 0; i < roles.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return roles[i];
            }
        }
        return DecisionRole.USER;
    }
}
