/**
 * Identity and access: users, the department tree (部门), teams, roles, the visibility scope of each
 * user, sign-in (form, remember-me, bearer tokens), throttling of failed logins, login history and
 * the security log. Other modules use {@link dev.guanxi.identity.CurrentUser},
 * {@link dev.guanxi.identity.UserDirectory} and {@link dev.guanxi.identity.SecurityLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package dev.guanxi.identity;
