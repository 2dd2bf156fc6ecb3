package dev.guanxi.identity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Component
class SecurityLogWriter implements SecurityLog {

    private final JdbcClient jdbc;

    SecurityLogWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String action, String targetType, String targetId, String detail) {
        CurrentUser actor = CurrentUser.get().orElse(null);
        jdbc.sql("""
                        insert into security_log (actor_id, actor_email, action, target_type, target_id, address, detail)
                        values (:actorId, :actorEmail, :action, :targetType, :targetId, :address, :detail)
                        """)
                .param("actorId", actor == null ? null : actor.id())
                .param("actorEmail", actor == null ? null : actor.email())
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("address", remoteAddress())
                .param("detail", detail)
                .update();
    }

    static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
