package dev.guanxi.notification.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.notification.internal.NotificationQueries;
import dev.guanxi.shared.paging.PageRequest;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The notification centre page and the bell the layout loads into the top bar. */
@Controller
class NotificationPagesController {

    private final NotificationQueries queries;
    private final MessageSource messages;

    NotificationPagesController(NotificationQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) String cursor,
                Locale locale, Model model) {
        UUID me = CurrentUser.require().id();
        var page = queries.list(me, unread, PageRequest.of(50, cursor, NotificationQueries.NEWEST_FIRST));
        model.addAttribute("notifications", page.map(row -> NotificationView.of(row, messages, locale)));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", queries.unreadCount(me));
        return "notification/list";
    }

    /** The bell with the unread count: one count on an index, refreshed by htmx. */
    @GetMapping("/notifications/bell")
    String bell(Model model) {
        model.addAttribute("unreadCount", queries.unreadCount(CurrentUser.require().id()));
        return "notification/bell :: bell";
    }

    /** Opens a notification: marks it read and follows its link (always a path of this application). */
    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean open) {
        String link = queries.markRead(CurrentUser.require().id(), id);
        return "redirect:" + (open && link != null ? link : "/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        queries.markAllRead(CurrentUser.require().id());
        return "redirect:/notifications";
    }
}
