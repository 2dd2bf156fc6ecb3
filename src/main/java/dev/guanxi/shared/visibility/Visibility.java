package dev.guanxi.shared.visibility;

/**
 * The visibility scope of the current request's user. Implemented by the identity module, which knows
 * roles and the department tree; any module applies the scope without depending on identity.
 * Fails closed: without an authenticated user the scope sees nothing.
 */
public interface Visibility {

    VisibilityScope current();
}
