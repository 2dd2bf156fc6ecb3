package dev.guanxi.identity.internal;

import dev.guanxi.shared.problem.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** 401 and 403 of the API as problem+json, like every other API error. */
@Component
class ProblemResponses {

    private final Problems problems;
    private final ObjectMapper objectMapper;

    ProblemResponses(Problems problems, ObjectMapper objectMapper) {
        this.problems = problems;
        this.objectMapper = objectMapper;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, problems.create(HttpStatus.UNAUTHORIZED, "unauthenticated", problems.message("problem.unauthenticated")));
        };
    }

    AccessDeniedHandler denied() {
        return (request, response, exception) ->
                write(response, problems.create(HttpStatus.FORBIDDEN, "forbidden", problems.message("problem.forbidden")));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
