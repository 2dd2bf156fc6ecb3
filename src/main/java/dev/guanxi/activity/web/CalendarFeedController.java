package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.CalendarFeeds;
import dev.guanxi.activity.internal.IcsFiles;
import dev.guanxi.activity.internal.IcsImport;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * iCalendar pages: the private feed address (subscribe from Outlook, Google or Apple Calendar), the
 * feed itself, and .ics export and import from the browser.
 */
@Controller
class CalendarFeedController {

    private final CalendarFeeds feeds;
    private final IcsImport importer;
    private final CalendarRequests requests;

    CalendarFeedController(CalendarFeeds feeds, IcsImport importer, CalendarRequests requests) {
        this.feeds = feeds;
        this.importer = importer;
        this.requests = requests;
    }

    @GetMapping("/calendar/feed")
    String page(Model model) {
        model.addAttribute("feedSince", feeds.createdAt().orElse(null));
        return "activity/feed";
    }

    @PostMapping("/calendar/feed")
    String renew(HttpServletRequest request, Model model) {
        String secret = feeds.renew();
        model.addAttribute("feedUrl", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/calendar/feed/{secret}.ics").buildAndExpand(secret).toUriString());
        model.addAttribute("feedSince", feeds.createdAt().orElse(null));
        return "activity/feed";
    }

    @PostMapping("/calendar/feed/revoke")
    String revoke(RedirectAttributes redirect) {
        feeds.revoke();
        Flash.success(redirect, "flash.feed-revoked");
        return "redirect:/calendar/feed";
    }

    /** The subscribed feed: no session, the secret in the address is the key. */
    @GetMapping("/calendar/feed/{secret}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String secret) {
        CalendarFeeds.Feed feed = feeds.feed(secret).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok().contentType(CalendarApi.TEXT_CALENDAR).header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .body(IcsFiles.write(feed.activities(), "Guanxi · " + feed.userName()));
    }

    @GetMapping("/calendar/export.ics")
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> params) {
        return CalendarApi.icsDownload(IcsFiles.write(requests.exportRows(params), "Guanxi"));
    }

    @PostMapping("/calendar/import")
    String importPage(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw ValidationException.of("file", "validation.file-empty");
            }
            IcsImport.Result result = importer.importFile(file.getInputStream());
            Flash.success(redirect, "flash.ics-imported", result.created(), result.skipped());
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/calendar/feed";
    }
}
