package dev.guanxi.sales.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, UUID>, JpaSpecificationExecutor<Lead> {

    Optional<Lead> findByExternalId(String externalId);

    @Modifying
    @Query("update Lead l set l.departmentId = ?2 where l.ownerId = ?1")
    int moveOwnedLeads(UUID ownerId, UUID departmentId);
}
