package dev.guanxi.contact.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRelationRepository extends JpaRepository<ContactRelation, UUID> {

    @Query("select r from ContactRelation r where r.fromContactId in ?1 or r.toContactId in ?1")
    List<ContactRelation> findTouching(Collection<UUID> contactIds);

    boolean existsByFromContactIdAndToContactIdAndType(UUID from, UUID to, ContactRelationType type);
}
