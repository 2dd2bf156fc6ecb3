package dev.guanxi.sales.internal;

import dev.guanxi.shared.files.Attachment;
import dev.guanxi.shared.files.AttachmentStore;
import dev.guanxi.shared.problem.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of a deal (the proposal, the tender documents, the customer's requirements): whoever may
 * read the deal may download them; whoever may change it may add and remove them.
 */
@Service
public class OpportunityAttachments {

    static final String KIND = "opportunity";

    private final AttachmentStore store;
    private final OpportunityAccess access;

    OpportunityAttachments(AttachmentStore store, OpportunityAccess access) {
        this.store = store;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(UUID opportunityId) {
        access.readable(opportunityId);
        return store.list(KIND, opportunityId);
    }

    @Transactional
    public Attachment add(UUID opportunityId, String fileName, String contentType, InputStream content) throws IOException {
        access.editable(opportunityId);
        return store.store(KIND, opportunityId, fileName, contentType, content);
    }

    @Transactional(readOnly = true)
    public AttachmentStore.Content download(UUID opportunityId, UUID attachmentId) {
        access.readable(opportunityId);
        return store.content(KIND, opportunityId, attachmentId).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public void remove(UUID opportunityId, UUID attachmentId) {
        access.editable(opportunityId);
        if (!store.remove(KIND, opportunityId, attachmentId)) {
            throw new NotFoundException();
        }
    }
}
