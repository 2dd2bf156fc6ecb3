/**
 * Shared kernel: value types (money, phone numbers, e-mail addresses), paging with cursors,
 * problem details, the visibility scope every query applies, search keys, i18n and the embedded
 * database. Open to every module; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.guanxi.shared;
