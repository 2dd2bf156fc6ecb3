/**
 * The product catalogue (产品目录): products with code, series, list price and unit, maintained by
 * administrators and sales VPs and visible to everyone. Opportunities, quotes and orders refer to
 * products by id through {@link dev.guanxi.catalog.Products}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Product catalogue")
package dev.guanxi.catalog;
