package dev.guanxi.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the form login: while an account or an address is throttled, the attempt is not
 * even checked — 429 with Retry-After, and the login page says how long to wait.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_PAGE = "/login/throttled";
    static final String RETRY_AFTER_ATTRIBUTE = "guanxi.retryAfterSeconds";

    private final LoginHistory history;

    LoginThrottleFilter(LoginHistory history) {
        this.history = history;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        Optional<Duration> wait = history.throttled(email, request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        history.record(email == null ? "" : email, null, request.getRemoteAddr(), request.getHeader("User-Agent"),
                LoginHistory.Channel.FORM, LoginHistory.Outcome.THROTTLED);
        long seconds = wait.get().toSeconds();
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
        request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
    }
}
