package dev.guanxi.sales.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SalesProcessRepository extends JpaRepository<SalesProcess, UUID> {

    List<SalesProcess> findAllByOrderByPositionAsc();

    Optional<SalesProcess> findByCode(String code);

    Optional<SalesProcess> findByDefaultProcessTrue();
}
