package dev.guanxi.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Writes every form and remember-me sign-in, and every failure, to the login history. */
@Component
class LoginOutcomeHandlers {

    private final LoginHistory history;

    LoginOutcomeHandlers(LoginHistory history) {
        this.history = history;
    }

    SavedRequestAwareAuthenticationSuccessHandler success() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws ServletException, IOException {
                LoginAccount account = (LoginAccount) authentication.getPrincipal();
                history.record(account.getUsername(), account.id(), request.getRemoteAddr(),
                        request.getHeader("User-Agent"), LoginHistory.Channel.FORM, LoginHistory.Outcome.SUCCESS);
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            boolean disabled = exception instanceof DisabledException;
            String email = request.getParameter("username");
            history.record(email == null ? "" : email, null, request.getRemoteAddr(), request.getHeader("User-Agent"),
                    LoginHistory.Channel.FORM,
                    disabled ? LoginHistory.Outcome.DISABLED : LoginHistory.Outcome.BAD_CREDENTIALS);
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }

    @EventListener
    void rememberedSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof RememberMeAuthenticationToken token
                && token.getPrincipal() instanceof LoginAccount account) {
            String address = token.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
            history.record(account.getUsername(), account.id(), address, null,
                    LoginHistory.Channel.REMEMBER_ME, LoginHistory.Outcome.SUCCESS);
        }
    }
}
