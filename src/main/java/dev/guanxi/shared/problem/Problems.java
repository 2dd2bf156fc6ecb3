package dev.guanxi.shared.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details in the caller's language: a stable {@code type}, a localized
 * {@code title} and {@code detail}, and {@code errors: [{field, message}]} for field problems.
 */
@Component
public class Problems {

    public static final String TYPE_BASE = "https://guanxi.dev/problems/";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(GuanxiException e) {
        ProblemDetail problem = create(e.status(), e.type(), message(e.messageKey(), e.arguments()));
        if (!e.fieldProblems().isEmpty()) {
            problem.setProperty("errors", e.fieldProblems().stream()
                    .map(p -> fieldError(p.field(), message(p.messageKey(), p.arguments())))
                    .toList());
        }
        return problem;
    }

    public ProblemDetail create(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(message("problem.title." + type));
        return problem;
    }

    public ProblemDetail withErrors(HttpStatus status, String type, String detailKey, List<Map<String, String>> errors) {
        ProblemDetail problem = create(status, type, message(detailKey));
        problem.setProperty("errors", errors);
        return problem;
    }

    public static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
