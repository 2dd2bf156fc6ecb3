package dev.guanxi.catalog.web;

import dev.guanxi.catalog.internal.Catalogue;
import dev.guanxi.catalog.internal.Product;
import dev.guanxi.catalog.internal.ProductForm;
import dev.guanxi.catalog.internal.ProductQueries;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.web.ETags;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/products}: the catalogue. Everyone reads; administrators and sales VPs write. */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
class ProductApi {

    private final Catalogue catalogue;
    private final ProductQueries queries;
    private final FormValidator forms;

    ProductApi(Catalogue catalogue, ProductQueries queries, FormValidator forms) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.forms = forms;
    }

    record ProductView(UUID id, long version, String externalId, String code, String name, String series,
                       String description, String unit, String listPrice, String currency, boolean active, UUID ownerId,
                       Instant createdAt, Instant updatedAt) {
        static ProductView of(Product p) {
            return new ProductView(p.getId(), p.getVersion(), p.getExternalId(), p.getCode(), p.getName(), p.getSeries(),
                    p.getDescription(), p.getUnit(), p.getListPrice().toPlainString(), p.getCurrency(), p.isActive(),
                    p.getOwnerId(), p.getCreatedAt(), p.getUpdatedAt());
        }

        static ProductView of(ProductQueries.ProductRow p) {
            return new ProductView(p.id(), p.version(), p.externalId(), p.code(), p.name(), p.series(), p.description(),
                    p.unit(), p.listPrice().toPlainString(), p.currency(), p.active(), p.ownerId(), p.createdAt(),
                    p.updatedAt());
        }
    }

    @GetMapping
    Slice<ProductView> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
                            @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
                            @RequestParam(required = false) String series, @RequestParam(required = false) Boolean active) {
        PageRequest page = PageRequest.of(limit, cursor, Sort.parse(sort, ProductQueries.SORTS, ProductQueries.DEFAULT_SORT));
        return queries.list(q, series, active, page).map(ProductView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<ProductView> get(@PathVariable UUID id) {
        Product product = catalogue.require(id);
        return ETags.ok(ProductView.of(product), product.getVersion());
    }

    @PostMapping
    ResponseEntity<ProductView> create(@RequestBody JsonNode body) {
        Product product = catalogue.create(forms.patch(new ProductForm(), body));
        return ETags.created("/api/v1/products/" + product.getId(), ProductView.of(product), product.getVersion());
    }

    @PatchMapping("/{id}")
    ResponseEntity<ProductView> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        Product product = catalogue.update(id, forms.patch(ProductForm.of(catalogue.require(id)), body), expected);
        return ETags.ok(ProductView.of(product), product.getVersion());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        catalogue.delete(id);
        return ResponseEntity.noContent().build();
    }
}
