package dev.guanxi.sales.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, UUID> {

    List<ChecklistItem> findByStageIdInOrderByPositionAsc(Collection<UUID> stageIds);

    List<ChecklistItem> findByStageIdOrderByPositionAsc(UUID stageId);
}
