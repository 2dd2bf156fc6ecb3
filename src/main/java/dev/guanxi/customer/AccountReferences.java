package dev.guanxi.customer;

import dev.guanxi.imports.ReferenceResolver;

/**
 * Accounts named in an imported file — by id, external id or name, among the accounts the importer can
 * see — for other modules' import targets (a contact's account). Can create a missing account.
 */
public interface AccountReferences extends ReferenceResolver {
}
