package dev.guanxi.identity;

import dev.guanxi.shared.security.Actor;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as loaded for this request: roles, department and the departments of its
 * subtree are read afresh on every request, so a changed role or a disabled account takes effect at
 * once.
 */
public record CurrentUser(UUID id, String email, String name, String language, String timeZone,
                          UUID departmentId, Set<Role> roles, List<UUID> subtreeDepartmentIds)
        implements Actor, Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public CurrentUser {
        roles = Set.copyOf(roles);
        subtreeDepartmentIds = List.copyOf(subtreeDepartmentIds);
    }

    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? Optional.of(user) : Optional.empty();
    }

    public static CurrentUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    /**
     * Runs {@code work} on this thread signed in as this user, as a request of theirs would — for
     * background work done on a user's behalf (an import), so every rule that asks for the current user
     * applies to it unchanged. The thread's previous sign-in is restored afterwards.
     */
    public <T> T callAs(java.util.function.Supplier<T> work) {
        org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(this, null, roles.stream()
                        .map(role -> new org.springframework.security.core.authority.SimpleGrantedAuthority(role.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Sees every record: administrators and sales VPs. */
    public boolean seesEverything() {
        return has(Role.ADMIN) || has(Role.SALES_VP);
    }

    /** May hand records to other users: managers within their subtree, VPs and administrators. */
    public boolean mayAssign() {
        return seesEverything() || has(Role.SALES_MANAGER);
    }

    /**
     * Whether this user may change a record they can see: its owner within their scope, or — for a
     * record in the shared pool — someone who may assign records (a rep claims it first).
     */
    public boolean mayChange(java.util.UUID ownerId, java.util.UUID departmentId) {
        return ownerId == null ? mayAssign() : scope().owns(ownerId, departmentId);
    }

    public VisibilityScope scope() {
        if (seesEverything()) {
            return new VisibilityScope(id, VisibilityScope.Reach.ALL, List.of());
        }
        if (has(Role.SALES_MANAGER) && departmentId != null) {
            return new VisibilityScope(id, VisibilityScope.Reach.DEPARTMENTS, subtreeDepartmentIds);
        }
        return new VisibilityScope(id, VisibilityScope.Reach.OWN, List.of());
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public String getName() {
        return email;
    }
}
