package dev.guanxi.identity.internal;

import dev.guanxi.identity.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces the session's sign-in with the user as stored now: active, with today's roles and
 * department subtree. A user disabled since signing in is signed out on their next request.
 */
class CurrentUserFilter extends OncePerRequestFilter {

    private final CurrentUserLoader loader;

    CurrentUserFilter(CurrentUserLoader loader) {
        this.loader = loader;
    }

    /** Error pages are rendered for the same user as the request that failed. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        UUID userId = signedInUserId(authentication);
        if (userId != null) {
            Optional<CurrentUser> user = loader.load(userId);
            if (user.isEmpty()) {
                signOut(request);
            } else {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(Authentications.of(user.get(), authentication.getCredentials()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    private static UUID signedInUserId(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        if (authentication.getPrincipal() instanceof LoginAccount account) {
            return account.id();
        }
        if (authentication.getPrincipal() instanceof CurrentUser user && !(authentication instanceof BearerAuthentication)) {
            return user.id();
        }
        return null;
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    static final class Authentications {
        private Authentications() {
        }

        static Authentication of(CurrentUser user, Object credentials) {
            return UsernamePasswordAuthenticationToken.authenticated(user, credentials,
                    user.roles().stream()
                            .map(role -> new org.springframework.security.core.authority.SimpleGrantedAuthority(role.authority()))
                            .toList());
        }
    }
}
