package dev.guanxi.notification.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.notification.internal.NotificationQueries;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/notifications}: the caller's own notifications; anyone else's answer 404. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationApi {

    private final NotificationQueries queries;
    private final MessageSource messages;

    NotificationApi(NotificationQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first", description = "unread=true lists only unread ones.")
    Slice<NotificationView> list(@RequestParam(defaultValue = "false") boolean unread,
                                 @RequestParam(required = false) Integer limit,
                                 @RequestParam(required = false) String cursor, Locale locale) {
        PageRequest page = PageRequest.of(limit, cursor, Sort.parse(null, NotificationQueries.SORTS,
                NotificationQueries.NEWEST_FIRST));
        return queries.list(CurrentUser.require().id(), unread, page)
                .map(row -> NotificationView.of(row, messages, locale));
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("count", queries.unreadCount(CurrentUser.require().id()));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable UUID id) {
        queries.markRead(CurrentUser.require().id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    Map<String, Integer> readAll() {
        return Map.of("marked", queries.markAllRead(CurrentUser.require().id()));
    }
}
