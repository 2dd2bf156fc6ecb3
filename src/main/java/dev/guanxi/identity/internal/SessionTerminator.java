package dev.guanxi.identity.internal;

import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every way a user is signed in: HTTP sessions on all nodes, remember-me and API tokens. */
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final PersistentTokenRepository rememberMe;
    private final ApiTokens apiTokens;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions,
                      PersistentTokenRepository rememberMe, ApiTokens apiTokens) {
        this.sessions = sessions;
        this.rememberMe = rememberMe;
        this.apiTokens = apiTokens;
    }

    void endEverything(java.util.UUID userId, String email) {
        sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
        rememberMe.removeUserTokens(email);
        apiTokens.revokeAll(userId);
    }
}
