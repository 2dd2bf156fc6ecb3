package dev.guanxi.sales.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OpportunityRepository extends JpaRepository<Opportunity, UUID>, JpaSpecificationExecutor<Opportunity> {

    Optional<Opportunity> findByExternalId(String externalId);

    @Modifying
    @Query("update Opportunity o set o.departmentId = ?2 where o.ownerId = ?1")
    int moveOwnedOpportunities(UUID ownerId, UUID departmentId);

    @Query("select count(o) from Opportunity o where o.stageId = ?1 and o.deletedAt is null")
    long countInStage(UUID stageId);
}
