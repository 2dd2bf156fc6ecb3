/**
 * Notifications (事务提醒 / 通知中心): in-app notifications with the bell and the notification page,
 * and e-mail through a transactional outbox that a Quartz job sends with retries. Other modules raise
 * notifications with {@link dev.guanxi.notification.Notifications} and queue mails with
 * {@link dev.guanxi.notification.Mailer}, inside their own transaction; it knows no business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package dev.guanxi.notification;
