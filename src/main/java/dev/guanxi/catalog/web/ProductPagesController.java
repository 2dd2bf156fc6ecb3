package dev.guanxi.catalog.web;

import dev.guanxi.catalog.internal.Catalogue;
import dev.guanxi.catalog.internal.Product;
import dev.guanxi.catalog.internal.ProductForm;
import dev.guanxi.catalog.internal.ProductQueries;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.values.Currencies;
import dev.guanxi.shared.web.Flash;
import dev.guanxi.shared.web.FormErrors;
import dev.guanxi.web.NavigationItem;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue pages: a searchable list for everyone, forms for those who maintain it. */
@Controller
class ProductPagesController {

    private final Catalogue catalogue;
    private final ProductQueries queries;

    ProductPagesController(Catalogue catalogue, ProductQueries queries) {
        this.catalogue = catalogue;
        this.queries = queries;
    }

    @GetMapping("/products")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String series,
                @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", queries.list(q, series, null, PageRequest.of(50, cursor, ProductQueries.DEFAULT_SORT)));
        model.addAttribute("seriesList", queries.series());
        model.addAttribute("q", q);
        model.addAttribute("series", series);
        model.addAttribute("mayMaintain", Catalogue.mayMaintain());
        return "catalog/list";
    }

    @GetMapping("/products/new")
    String newProduct(Model model) {
        return form(model, new ProductForm(), null);
    }

    @PostMapping("/products/new")
    String create(@Valid @ModelAttribute("form") ProductForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Product product = catalogue.create(form);
            Flash.success(redirect, "flash.product-saved", product.getName());
            return "redirect:/products";
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/products/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Product product = catalogue.require(id);
        return form(model, ProductForm.of(product), product);
    }

    @PostMapping("/products/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute("form") ProductForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, catalogue.require(id));
        }
        try {
            Product product = catalogue.update(id, form, version);
            Flash.success(redirect, "flash.product-saved", product.getName());
            return "redirect:/products";
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, catalogue.require(id));
        }
    }

    private String form(Model model, ProductForm form, Product existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("currencies", Currencies.OFFERED);
        return "catalog/form";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem productsNavigation() {
            return NavigationItem.main("nav.products", "/products", "box-seam", 60);
        }
    }
}
