package dev.guanxi.customer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo company's customers exist (GUANXI_DEMO_DATA): the contact module now adds the people who
 * work there. Published inside the loading transaction to plain synchronous listeners, like
 * {@link dev.guanxi.identity.DemoCompanyCreated}.
 *
 * @param accounts every demo account, with what its people's details are made from
 * @param ties     pairs of accounts whose people plausibly know each other — one group, business
 *                 partners, one referred the other — where the people network gets its "ways in"
 * @param loaded   the counts of the whole load, handed on from {@code DemoCompanyCreated}; listeners add theirs
 */
public record DemoAccountsCreated(List<DemoAccount> accounts, List<Tie> ties, Map<String, Integer> loaded) {

    public DemoAccountsCreated {
        accounts = List.copyOf(accounts);
        ties = List.copyOf(ties);
    }

    /**
     * @param ownerId      null for an account in the shared pool
     * @param international a foreign company: its people have English names
     * @param keyAccount   an A-grade account, where more people are known
     * @param emailDomain  the company's mail domain, for its people's addresses
     * @param phone        the switchboard, to which people's extensions are added
     */
    public record DemoAccount(UUID id, String name, UUID ownerId, UUID departmentId, String country,
                              boolean international, boolean keyAccount, String emailDomain, String phone) {
    }

    public record Tie(UUID fromAccountId, UUID toAccountId) {
    }
}
