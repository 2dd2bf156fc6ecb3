package dev.guanxi.sales.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SalesStageRepository extends JpaRepository<SalesStage, UUID> {

    List<SalesStage> findByProcessIdOrderByPositionAsc(UUID processId);

    Optional<SalesStage> findByProcessIdAndCode(UUID processId, String code);
}
