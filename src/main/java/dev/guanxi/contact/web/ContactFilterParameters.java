package dev.guanxi.contact.web;

import dev.guanxi.contact.internal.ContactFilter;
import dev.guanxi.contact.internal.DecisionRole;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.values.CodedEnum;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Query parameters of the contact list → filter; malformed values are a 400, never ignored. */
@Component
class ContactFilterParameters {

    static final List<String> NAMES = List.of("q", "accountId", "decisionRole", "keyDecisionMaker", "ownerId",
            "departmentId", "sort");

    private final UserDirectory users;

    ContactFilterParameters(UserDirectory users) {
        this.users = users;
    }

    ContactFilter parse(Map<String, String> params) {
        CurrentUser me = CurrentUser.require();
        String role = params.get("decisionRole");
        String key = params.get("keyDecisionMaker");
        String department = params.get("departmentId");
        UUID departmentRoot = department == null || department.isBlank() ? null
                : "mine".equals(department) ? me.departmentId() : uuid(department, "departmentId");
        return new ContactFilter(
                params.get("q") == null || params.get("q").isBlank() ? null : params.get("q"),
                uuid(params.get("accountId"), "accountId"),
                role == null || role.isBlank() ? null : CodedEnum.fromCode(DecisionRole.class, role)
                        .orElseThrow(() -> new BadRequestException("problem.filter.invalid", "decisionRole")),
                key == null || key.isBlank() ? null : Boolean.valueOf("true".equals(key)),
                "me".equals(params.get("ownerId")) ? me.id() : uuid(params.get("ownerId"), "ownerId"),
                department == null || department.isBlank() ? List.of()
                        : departmentRoot == null ? List.of(new UUID(0, 0)) : users.subtreeOf(departmentRoot));
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
}
