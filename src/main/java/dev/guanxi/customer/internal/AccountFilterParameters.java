package dev.guanxi.customer.internal;

import dev.guanxi.customer.Industry;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.values.CodedEnum;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns the query parameters of the account list (page or API) into a filter. {@code ownerId=me} and
 * {@code departmentId=mine} are relative to the user, so a saved view "my accounts" works for everyone.
 * An unknown code or malformed id is a 400, never a silently ignored filter.
 */
@Component
public class AccountFilterParameters {

    public static final List<String> NAMES = List.of("q", "type", "industry", "grade", "status", "source", "ownerId",
            "departmentId", "region", "city", "tag", "parentAccountId", "pool", "sort");

    private final UserDirectory users;

    AccountFilterParameters(UserDirectory users) {
        this.users = users;
    }

    public AccountFilter parse(Map<String, String> params) {
        CurrentUser me = CurrentUser.require();
        return new AccountFilter(
                text(params.get("q")),
                code(AccountType.class, params.get("type"), "type"),
                code(Industry.class, params.get("industry"), "industry"),
                code(Grade.class, params.get("grade"), "grade"),
                code(AccountStatus.class, params.get("status"), "status"),
                code(AccountSource.class, params.get("source"), "source"),
                "me".equals(params.get("ownerId")) ? me.id() : uuid(params.get("ownerId"), "ownerId"),
                departments(params.get("departmentId"), me),
                text(params.get("region")),
                text(params.get("city")),
                text(params.get("tag")),
                uuid(params.get("parentAccountId"), "parentAccountId"),
                "true".equals(params.get("pool")));
    }

    private List<UUID> departments(String value, CurrentUser me) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        UUID root = "mine".equals(value) ? me.departmentId() : uuid(value, "departmentId");
        if (root == null) {
            return List.of(new UUID(0, 0));
        }
        return users.subtreeOf(root);
    }

    private static <E extends Enum<E> & CodedEnum> E code(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return CodedEnum.fromCode(type, value.strip())
                .orElseThrow(() -> new BadRequestException("problem.filter.invalid", name));
    }

    private static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.filter.invalid", name);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
