package dev.guanxi.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read access to the catalogue for other modules (everyone may see every product). */
public interface Products {

    Optional<ProductSummary> find(UUID productId);

    Map<UUID, ProductSummary> findAll(Collection<UUID> productIds);

    /** Active products, by name, for pickers. */
    List<ProductSummary> active();
}
