package dev.guanxi.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Messages shown once after a redirect ("Account saved."), as message keys with arguments. */
public final class Flash {

    private Flash() {
    }

    public static void success(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", key);
        if (arguments.length > 0) {
            redirect.addFlashAttribute("flashArgs", arguments);
        }
    }

    /** The refusal's message — for a validation failure, the message of its first field. */
    public static void error(RedirectAttributes redirect, dev.guanxi.shared.problem.GuanxiException e) {
        if (e.fieldProblems().isEmpty()) {
            error(redirect, e.messageKey(), e.arguments());
        } else {
            dev.guanxi.shared.problem.GuanxiException.FieldProblem first = e.fieldProblems().get(0);
            error(redirect, first.messageKey(), first.arguments());
        }
    }

    public static void error(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flashError", key);
        if (arguments.length > 0) {
            redirect.addFlashAttribute("flashArgs", arguments);
        }
    }
}
