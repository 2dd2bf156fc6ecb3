package dev.guanxi.catalog.internal;

import dev.guanxi.catalog.ProductSummary;
import dev.guanxi.catalog.Products;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.Currencies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue: everyone reads it; administrators and sales VPs maintain it. A product's code is
 * unique; a product that was sold is deactivated rather than deleted, so old lines keep their name.
 */
@Service
public class Catalogue implements Products {

    private final ProductRepository products;
    private final FormValidator validator;

    Catalogue(ProductRepository products, FormValidator validator) {
        this.products = products;
        this.validator = validator;
    }

    @Override
    public Optional<ProductSummary> find(UUID productId) {
        return productId == null ? Optional.empty() : products.findLive(productId).map(Catalogue::summary);
    }

    @Override
    public Map<UUID, ProductSummary> findAll(Collection<UUID> productIds) {
        return products.findAllById(productIds.stream().filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .map(Catalogue::summary).collect(Collectors.toMap(ProductSummary::id, Function.identity()));
    }

    @Override
    public List<ProductSummary> active() {
        return products.findActive().stream().map(Catalogue::summary).toList();
    }

    @Transactional(readOnly = true)
    public Product require(UUID id) {
        return products.findLive(id).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public Product create(ProductForm form) {
        requireMaintainer();
        Product product = new Product(CurrentUser.require().id());
        apply(form, product);
        return products.saveAndFlush(product);
    }

    @Transactional
    public Product update(UUID id, ProductForm form, Long expectedVersion) {
        requireMaintainer();
        Product product = require(id);
        product.requireVersion(expectedVersion);
        apply(form, product);
        return products.saveAndFlush(product);
    }

    @Transactional
    public void delete(UUID id) {
        requireMaintainer();
        Product product = require(id);
        product.markDeleted(CurrentUser.require().id());
    }

    public static boolean mayMaintain() {
        return CurrentUser.get().map(Catalogue::mayMaintain).orElse(false);
    }

    /** Administrators and sales VPs maintain the catalogue (the pages, the API and the import). */
    public static boolean mayMaintain(CurrentUser user) {
        return user.isAdmin() || user.has(dev.guanxi.identity.Role.SALES_VP);
    }

    private void apply(ProductForm form, Product product) {
        validator.validate(form);
        List<FieldProblem> problems = new ArrayList<>();
        String code = form.getCode().strip();
        products.findLiveByCode(code).filter(other -> !other.getId().equals(product.getId()))
                .ifPresent(other -> problems.add(new FieldProblem("code", "validation.code-taken")));
        String externalId = form.getExternalId() == null || form.getExternalId().isBlank() ? null : form.getExternalId().strip();
        if (externalId != null) {
            products.findByExternalId(externalId).filter(other -> !other.getId().equals(product.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("externalId", "validation.external-id-taken")));
        }
        if (!Currencies.isKnown(form.getCurrency())) {
            problems.add(new FieldProblem("currency", "validation.currency"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        product.setExternalId(externalId);
        product.setCode(code);
        product.setName(form.getName().strip());
        product.setSeries(blank(form.getSeries()));
        product.setDescription(blank(form.getDescription()));
        product.setUnit(blank(form.getUnit()));
        product.setListPrice(form.getListPrice());
        product.setCurrency(form.getCurrency());
        product.setActive(form.isActive());
    }

    private static void requireMaintainer() {
        if (!mayMaintain()) {
            throw new ForbiddenException("problem.catalog.maintainers-only");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static ProductSummary summary(Product p) {
        return new ProductSummary(p.getId(), p.getCode(), p.getName(), p.getSeries(), p.getUnit(), p.getListPrice(),
                p.getCurrency(), p.isActive());
    }
}
