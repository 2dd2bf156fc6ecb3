/**
 * The frame every page lives in: layout, navigation (modules contribute {@link dev.guanxi.web.NavigationItem}
 * beans), the home page (modules contribute {@link dev.guanxi.web.HomeWidget}s), the global search box,
 * the recycle bin, error pages and htmx helpers. Open: it knows no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.guanxi.web;
