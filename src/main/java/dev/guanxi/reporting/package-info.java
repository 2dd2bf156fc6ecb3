/**
 * Sales reports (销售日报 / 周报 / 月报): the sales summary of a day, ISO week or month for everyone in
 * the reader's scope — deals created, moved, won and lost, activities done and overdue, target against
 * actual — as a page, a REST report, and an e-mail with an xlsx attachment that subscribers receive on
 * schedule. Sits at the edge: it reads the sales, activity and planning modules through their public
 * query interfaces and queues mails through the notification module; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales reports")
package dev.guanxi.reporting;
