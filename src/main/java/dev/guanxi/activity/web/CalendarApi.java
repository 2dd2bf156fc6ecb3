package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.ActivityCalendar;
import dev.guanxi.activity.internal.IcsFiles;
import dev.guanxi.activity.internal.IcsImport;
import dev.guanxi.shared.problem.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Calendar range queries and iCalendar export/import for integrations. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Activities")
class CalendarApi {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarRequests requests;
    private final IcsImport importer;

    CalendarApi(CalendarRequests requests, IcsImport importer) {
        this.requests = requests;
        this.importer = importer;
    }

    @GetMapping("/calendar")
    @Operation(summary = "Planned activities overlapping from..to", description = "from and to: instants or dates (required, "
            + "at most 400 days apart); ownerId (or 'me'), teamId, departmentId (or 'mine'). Overlapping activities of "
            + "one person are marked conflict=true; editable says whether the caller may move it.")
    List<ActivityCalendar.Event> events(@RequestParam Map<String, String> params) {
        return requests.events(params);
    }

    @GetMapping("/activities/ics")
    @Operation(summary = "The activities the caller can see as an .ics file", description = "Filters as the activity list; "
            + "at most 5000 activities.")
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> params) {
        return icsDownload(IcsFiles.write(requests.exportRows(params), "Guanxi"));
    }

    @PostMapping(path = "/activities/ics", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the events of an .ics file (part 'file') as the caller's meetings",
            description = "An event whose UID was imported before is skipped; an unreadable file is refused as a whole.")
    IcsImport.Result importFile(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ValidationException.of("file", "validation.file-empty");
        }
        return importer.importFile(file.getInputStream());
    }

    static ResponseEntity<byte[]> icsDownload(byte[] ics) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("activities.ics").build().toString())
                .body(ics);
    }
}
