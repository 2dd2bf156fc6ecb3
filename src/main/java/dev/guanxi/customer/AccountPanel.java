package dev.guanxi.customer;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A section of the 360° account page contributed by another module (contacts now; opportunities,
 * orders, cases later). The customer module renders whatever panels exist without knowing them.
 */
public interface AccountPanel {

    int order();

    Optional<Panel> render(UUID accountId);

    /**
     * @param titleKey message key of the heading
     * @param template fragment to insert, e.g. {@code contact/partials/account-panel :: panel}
     * @param data     what the fragment reads as {@code data}
     * @param count    a number to show beside the heading, or null
     */
    record Panel(String id, String titleKey, String template, Map<String, Object> data, Integer count) {
    }
}
