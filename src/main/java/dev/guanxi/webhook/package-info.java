/**
 * Webhooks: administrators register HTTPS endpoints for business events (account created or updated,
 * lead converted, opportunity stage changed, won, lost). Events are written to a transactional outbox
 * in the transaction that raised them and sent by a clustered Quartz job, signed with HMAC-SHA256,
 * retried with exponential back-off, at least once, with an event id for de-duplication. Listens to the
 * public events of {@code customer} and {@code sales}; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package dev.guanxi.webhook;
