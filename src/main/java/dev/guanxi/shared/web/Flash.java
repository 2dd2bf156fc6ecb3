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

    public static void error(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flashError", key);
        if (arguments.length > 0) {
            redirect.addFlashAttribute("flashArgs", arguments);
        }
    }
}
