package dev.guanxi.web;

import java.util.Map;
import java.util.Optional;

/**
 * A panel of the signed-in user's home page ("my accounts", "my opportunities", later "my
 * to-dos"). Each module renders its own fragment with data it loads under the user's visibility.
 */
public interface HomeWidget {

    int order();

    /** The panel for the current user, or empty when it has nothing to show them. */
    Optional<Panel> panel();

    /**
     * @param template fragment to insert, e.g. {@code customer/partials/home :: my-accounts}
     * @param data     what the fragment reads as {@code data}
     */
    record Panel(String titleKey, String template, Map<String, Object> data) {
    }
}
