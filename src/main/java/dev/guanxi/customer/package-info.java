/**
 * Customers (客户): accounts, the business relations between them, the shared pool (公海), saved list
 * views and the 360° account page. Other modules add to the account page through
 * {@link dev.guanxi.customer.AccountPanel}, {@link dev.guanxi.customer.TimelineContributor} and
 * {@link dev.guanxi.customer.NetworkContributor}, and read accounts through {@link dev.guanxi.customer.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package dev.guanxi.customer;
