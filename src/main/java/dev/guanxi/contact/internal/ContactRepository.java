package dev.guanxi.contact.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, UUID>, JpaSpecificationExecutor<Contact> {

    Optional<Contact> findByExternalId(String externalId);

    @Modifying
    @Query("update Contact c set c.departmentId = ?2 where c.ownerId = ?1")
    int moveOwnedContacts(UUID ownerId, UUID departmentId);

    List<Contact> findByAccountIdIn(java.util.Collection<UUID> accountIds);
}
