package dev.guanxi.imports.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.notification.NotificationDraft;
import dev.guanxi.notification.Notifications;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells the user that their import (not a preview) has finished, with the counts, in their language. */
@Component
class ImportCompletion {

    private final Notifications notifications;

    ImportCompletion(Notifications notifications) {
        this.notifications = notifications;
    }

    void finished(ImportJob job, CurrentUser importer) {
        if (job.dryRun()) {
            return;
        }
        String key = switch (job.status()) {
            case DONE -> "import.notification.done";
            case CANCELLED -> "import.notification.cancelled";
            default -> "import.notification.failed";
        };
        notifications.notify(new NotificationDraft(importer.id(), "import.finished", key,
                List.of(job.fileName(), Long.toString(job.rowsRead()), Long.toString(job.created()),
                        Long.toString(job.updated()), Long.toString(job.skipped()), Long.toString(job.rejected())),
                "/imports/" + job.id(), "import:" + job.id() + ":" + job.finishedAt(), false));
    }
}
