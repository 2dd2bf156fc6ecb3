package dev.guanxi.web;

import dev.guanxi.shared.problem.GuanxiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Failures of page requests become a friendly page in the user's language, with the right status
 * and no technical detail. (REST controllers have their own problem+json handler.)
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

    @ExceptionHandler(GuanxiException.class)
    String refused(GuanxiException e, HttpServletResponse response, Model model) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("messageArguments", e.arguments());
        return "error";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String malformedId(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        model.addAttribute("messageKey", "problem.not-found");
        return "error";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", "problem.forbidden");
        return "error";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) throws Exception {
        if (e instanceof org.springframework.web.servlet.resource.NoResourceFoundException) {
            response.setStatus(404);
            model.addAttribute("status", 404);
            model.addAttribute("messageKey", "problem.not-found");
            return "error";
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        response.setStatus(500);
        model.addAttribute("status", 500);
        model.addAttribute("messageKey", "problem.internal");
        return "error";
    }
}
