package dev.guanxi.sales.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompetitorRepository extends JpaRepository<Competitor, UUID> {

    @Query("select c from Competitor c where lower(c.name) = lower(?1)")
    Optional<Competitor> findByName(String name);

    List<Competitor> findAllByOrderByNameAsc();
}
