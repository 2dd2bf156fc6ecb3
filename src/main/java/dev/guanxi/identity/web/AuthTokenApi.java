package dev.guanxi.identity.web;

import dev.guanxi.identity.internal.TokenLogin;
import dev.guanxi.shared.problem.Problems;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class AuthTokenApi {

    private final TokenLogin tokenLogin;
    private final Problems problems;

    AuthTokenApi(TokenLogin tokenLogin, Problems problems) {
        this.tokenLogin = tokenLogin;
        this.problems = problems;
    }

    record Credentials(String email, String password) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    @PostMapping("/api/v1/auth/token")
    TokenResponse token(@RequestBody Credentials credentials, HttpServletRequest request) {
        TokenLogin.IssuedToken issued = tokenLogin.login(credentials.email(), credentials.password(),
                request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @ExceptionHandler(TokenLogin.Throttled.class)
    ResponseEntity<ProblemDetail> throttled(TokenLogin.Throttled e) {
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(e));
    }
}
