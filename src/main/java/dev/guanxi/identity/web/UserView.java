package dev.guanxi.identity.web;

import dev.guanxi.identity.Role;
import dev.guanxi.identity.internal.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user in the API. The password hash never leaves the server. */
record UserView(UUID id, long version, String name, String email, UUID departmentId, UUID managerId,
                List<String> roles, String language, String timeZone, boolean active, String phone, String title,
                Instant lastLoginAt, Instant createdAt, Instant updatedAt) {

    static UserView of(User user) {
        return new UserView(user.getId(), user.getVersion(), user.getName(), user.getEmail(), user.getDepartmentId(),
                user.getManagerId(), user.getRoles().stream().map(Role::code).sorted().toList(), user.getLanguage(),
                user.getTimeZone(), user.isActive(), user.getPhone(), user.getTitle(), user.getLastLoginAt(),
                user.getCreatedAt(), user.getUpdatedAt());
    }
}
