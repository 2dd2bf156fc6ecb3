package dev.guanxi.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A page request without a sign-in goes to the login page. An htmx request (a fragment swapped into
 * a page whose session expired) is told to load the login page as a whole page instead.
 */
class HtmxLoginEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        loginPage.commence(request, response, exception);
    }
}
