/**
 * Sales force automation (销售自动化): sales processes and stages, opportunities (销售机会) with product
 * lines, the buying committee (CUTE influence roles), competitors with SWOT, the stage history, the
 * pipeline board (销售管线) and the funnel (销售漏斗). Adds an opportunities panel and timeline entries
 * to the account page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales")
package dev.guanxi.sales;
