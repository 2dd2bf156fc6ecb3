package dev.guanxi.identity.internal;

import dev.guanxi.shared.problem.GuanxiException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/v1/auth/token}: the same checks as the login form — throttling first, then the
 * password — and the same login history.
 */
@Service
public class TokenLogin {

    /** A dummy hash to compare against when the e-mail is unknown, so timing does not reveal accounts. */
    private final String unknownUserHash;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginHistory history;
    private final ApiTokens tokens;

    TokenLogin(UserRepository users, PasswordEncoder passwordEncoder, LoginHistory history, ApiTokens tokens) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.history = history;
        this.tokens = tokens;
        this.unknownUserHash = passwordEncoder.encode("no user has this password");
    }

    public IssuedToken login(String email, String password, String address, String userAgent) {
        String cleanEmail = email == null ? "" : email.strip();
        Optional<Duration> wait = history.throttled(cleanEmail, address);
        if (wait.isPresent()) {
            history.record(cleanEmail, null, address, userAgent, LoginHistory.Channel.API, LoginHistory.Outcome.THROTTLED);
            throw new Throttled(wait.get().toSeconds());
        }
        Optional<User> user = users.findByEmail(cleanEmail);
        String hash = user.map(User::getPasswordHash).orElse(unknownUserHash);
        boolean matches = password != null && passwordEncoder.matches(password, hash);
        if (user.isEmpty() || !matches) {
            history.record(cleanEmail, null, address, userAgent, LoginHistory.Channel.API, LoginHistory.Outcome.BAD_CREDENTIALS);
            throw new BadCredentials();
        }
        if (!user.get().isActive()) {
            history.record(cleanEmail, user.get().getId(), address, userAgent, LoginHistory.Channel.API, LoginHistory.Outcome.DISABLED);
            throw new BadCredentials();
        }
        history.record(cleanEmail, user.get().getId(), address, userAgent, LoginHistory.Channel.API, LoginHistory.Outcome.SUCCESS);
        ApiTokens.IssuedToken issued = tokens.issueSessionToken(user.get().getId());
        return new IssuedToken(issued.token(), issued.expiresAt());
    }

    public record IssuedToken(String token, java.time.Instant expiresAt) {
    }

    public static class BadCredentials extends GuanxiException {
        BadCredentials() {
            super("problem.bad-credentials", List.of());
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNAUTHORIZED;
        }

        @Override
        public String type() {
            return "bad-credentials";
        }
    }

    public static class Throttled extends GuanxiException {
        private final long retryAfterSeconds;

        Throttled(long retryAfterSeconds) {
            super("problem.throttled", List.of(), retryAfterSeconds);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.TOO_MANY_REQUESTS;
        }

        @Override
        public String type() {
            return "throttled";
        }
    }
}
