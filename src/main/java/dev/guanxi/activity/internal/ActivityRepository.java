package dev.guanxi.activity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, UUID>, JpaSpecificationExecutor<Activity> {

    Optional<Activity> findByExternalId(String externalId);

    List<Activity> findBySeriesIdAndDeletedAtIsNull(UUID seriesId);

    @Modifying
    @Query("update Activity a set a.departmentId = :departmentId where a.ownerId = :ownerId")
    int moveOwnedActivities(UUID ownerId, UUID departmentId);
}
