package dev.guanxi.notification.web;

import dev.guanxi.notification.internal.MailOutbox;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.web.Flash;
import dev.guanxi.web.NavigationItem;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/mail} (administrators, by the {@code /admin/**} rule): mails not sent, their errors, a retry. */
@Controller
class AdminMailController {

    private final MailOutbox outbox;

    AdminMailController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/mail")
    String unsent(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("mails", outbox.unsent(PageRequest.of(50, cursor, MailOutbox.NEWEST_FIRST)));
        return "notification/admin-mail";
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        outbox.retry(id);
        Flash.success(redirect, "mail.retry.done");
        return "redirect:/admin/mail";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem notificationsNavigation() {
            return NavigationItem.main("nav.notifications", "/notifications", "bell", 90);
        }

        @Bean
        NavigationItem mailOutboxNavigation() {
            return NavigationItem.admin("nav.admin.mail", "/admin/mail", "envelope-exclamation", 1100);
        }
    }
}
