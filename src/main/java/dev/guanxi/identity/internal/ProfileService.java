package dev.guanxi.identity.internal;

import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a user does to their own account. */
@Service
public class ProfileService {

    private final UserAdministration administration;
    private final ApiTokens tokens;
    private final LoginHistory history;
    private final dev.guanxi.identity.SecurityLog securityLog;

    ProfileService(UserAdministration administration, ApiTokens tokens, LoginHistory history,
                   dev.guanxi.identity.SecurityLog securityLog) {
        this.administration = administration;
        this.tokens = tokens;
        this.history = history;
        this.securityLog = securityLog;
    }

    public void changeSettings(UUID userId, String language, String timeZone) {
        administration.changeOwnSettings(userId, language, timeZone);
    }

    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        administration.changeOwnPassword(userId, currentPassword, newPassword);
    }

    @Transactional
    public String createPersonalToken(UUID userId, String name, Integer days) {
        if (name == null || name.isBlank() || name.length() > 60) {
            throw ValidationException.of("name", "validation.required");
        }
        if (days != null && (days < 1 || days > 3650)) {
            throw ValidationException.of("days", "validation.range", 1, 3650);
        }
        Instant expiresAt = days == null ? null : Instant.now().plus(days, ChronoUnit.DAYS);
        ApiTokens.IssuedToken issued = tokens.issuePersonalToken(userId, name.strip(), expiresAt);
        securityLog.record("token.created", "api_token", issued.id().toString(), name.strip());
        return issued.token();
    }

    @Transactional
    public void revokePersonalToken(UUID userId, UUID tokenId) {
        if (!tokens.revoke(userId, tokenId)) {
            throw new NotFoundException();
        }
        securityLog.record("token.revoked", "api_token", tokenId.toString(), null);
    }

    public List<ApiTokens.PersonalToken> personalTokens(UUID userId) {
        return tokens.personalTokens(userId);
    }

    public List<LoginHistory.LoginEvent> recentLogins(UUID userId) {
        return history.recent(userId, 20);
    }
}
