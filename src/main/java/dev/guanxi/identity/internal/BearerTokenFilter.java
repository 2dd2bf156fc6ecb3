package dev.guanxi.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer gx_...}: looks the token up by its digest and loads its user. An
 * unknown, expired or revoked token, or a disabled user, leaves the request unauthenticated (401).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final CurrentUserLoader loader;
    private final ApiTokens tokens;

    BearerTokenFilter(CurrentUserLoader loader, ApiTokens tokens) {
        this.loader = loader;
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            if (token.length() <= 200) {
                loader.loadByToken(ApiTokens.digest(token)).ifPresent(tokenUser -> {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(new BearerAuthentication(tokenUser.user()));
                    SecurityContextHolder.setContext(context);
                    // last use is kept to the minute: no write on every call
                    if (tokenUser.lastUsedAt() == null
                            || tokenUser.lastUsedAt().isBefore(OffsetDateTime.now().minusMinutes(1))) {
                        tokens.touch(tokenUser.tokenId());
                    }
                });
            }
        }
        chain.doFilter(request, response);
    }
}
