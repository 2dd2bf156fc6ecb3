package dev.guanxi.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, UUID> {

    @Query("select p from Product p where lower(p.code) = lower(?1) and p.deletedAt is null")
    Optional<Product> findLiveByCode(String code);

    Optional<Product> findByExternalId(String externalId);

    @Query("select p from Product p where p.id = ?1 and p.deletedAt is null")
    Optional<Product> findLive(UUID id);

    @Query("select p from Product p where p.deletedAt is null and p.active order by p.name")
    List<Product> findActive();
}
