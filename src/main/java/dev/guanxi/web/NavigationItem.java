package dev.guanxi.web;

/**
 * An entry of the main menu. Modules declare their entries as beans; the menu shows those whose
 * {@code role} the user has (any signed-in user when {@code null}), ordered by {@code order}.
 *
 * @param labelKey message key of the label
 * @param path     where it leads; the entry is highlighted on every page below it
 * @param icon     a Bootstrap Icons name, e.g. {@code building}
 * @param section  {@code main} or {@code admin}
 */
public record NavigationItem(String labelKey, String path, String icon, int order, String section, String role) {

    public static NavigationItem main(String labelKey, String path, String icon, int order) {
        return new NavigationItem(labelKey, path, icon, order, "main", null);
    }

    public static NavigationItem admin(String labelKey, String path, String icon, int order) {
        return new NavigationItem(labelKey, path, icon, order, "admin", "ADMIN");
    }

    public boolean isActiveFor(String requestPath) {
        if (path.equals("/")) {
            return requestPath.equals("/");
        }
        return requestPath.equals(path) || requestPath.startsWith(path + "/");
    }
}
