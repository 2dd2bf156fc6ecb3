package dev.guanxi.customer.internal;

import dev.guanxi.customer.Industry;
import java.util.List;
import java.util.UUID;

/**
 * The filters of the account list, as query parameters of {@code /accounts} and {@code /api/v1/accounts}.
 * Enumerations are already checked codes; {@code departmentIds} is a department with its subtree.
 */
public record AccountFilter(String q, AccountType type, Industry industry, Grade grade, AccountStatus status,
                            AccountSource source, UUID ownerId, List<UUID> departmentIds, String region, String city,
                            String tag, UUID parentAccountId, boolean pool) {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null, null, null, null, null, List.of(), null, null, null, null, false);
    }

    public AccountFilter {
        departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
    }
}
