package dev.guanxi.shared.history;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisions for changes written in bulk with SQL rather than through entities (imports): the module
 * writes its own {@code *_aud} rows under the number this returns. The number is taken through
 * Hibernate, so it never collides with the ranges Hibernate's pooled sequence optimizer hands out.
 */
@Component
public class BulkRevisions {

    private final EntityManager entityManager;

    BulkRevisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long create(Instant changedAt, UUID userId, String userName) {
        Revision revision = Revision.of(changedAt, userId, userName);
        entityManager.persist(revision);
        entityManager.flush();
        return revision.getId();
    }
}
