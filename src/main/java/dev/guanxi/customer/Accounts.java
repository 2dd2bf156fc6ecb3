package dev.guanxi.customer;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accounts for other modules, always under the current user's visibility. */
public interface Accounts {

    /** The account if it exists, is not deleted and the current user may read it. */
    Optional<AccountSummary> findReadable(UUID accountId);

    /** Many accounts in one query; ids the user may not read are left out. */
    Map<UUID, AccountSummary> findReadable(Collection<UUID> accountIds);

    /**
     * Creates an account with the same rules as the account form (validation, owner rights) and
     * returns its id; refusals are the form's exceptions.
     */
    UUID create(AccountDraft draft);

    /** Whether the current user may change the account (and so add contacts to it). */
    boolean mayEdit(UUID accountId);
}
