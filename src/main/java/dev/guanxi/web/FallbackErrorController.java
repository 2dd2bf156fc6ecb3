package dev.guanxi.web;

import dev.guanxi.shared.problem.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised outside any controller (an unknown path, a body too large for the server, a filter):
 * problem+json under /api, an error page elsewhere. Replaces Spring Boot's default error output so
 * nothing technical is shown.
 */
@Controller
class FallbackErrorController implements ErrorController {

    private final Problems problems;

    FallbackErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return "forward:/error/problem";
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", messageKey(status));
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        return problemFor(request);
    }

    @RequestMapping("/error/problem")
    ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request) {
        return problemFor(request);
    }

    private ResponseEntity<ProblemDetail> problemFor(HttpServletRequest request) {
        HttpStatus status = status(request);
        String type = switch (status) {
            case NOT_FOUND -> "not-found";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case CONTENT_TOO_LARGE -> "too-large";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            default -> status.is4xxClientError() ? "bad-request" : "internal";
        };
        ProblemDetail problem = problems.create(status, type, problems.message(messageKey(status)));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(java.net.URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "problem.not-found";
            case FORBIDDEN -> "problem.forbidden";
            case UNAUTHORIZED -> "problem.unauthenticated";
            case CONTENT_TOO_LARGE -> "problem.too-large";
            case METHOD_NOT_ALLOWED -> "problem.method";
            default -> status.is4xxClientError() ? "problem.bad-request" : "problem.internal";
        };
    }
}
