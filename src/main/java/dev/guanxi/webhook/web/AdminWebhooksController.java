package dev.guanxi.webhook.web;

import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.web.Flash;
import dev.guanxi.shared.web.FormErrors;
import dev.guanxi.web.NavigationItem;
import dev.guanxi.webhook.internal.WebhookEndpoint;
import dev.guanxi.webhook.internal.WebhookEndpoints;
import dev.guanxi.webhook.internal.WebhookEventType;
import dev.guanxi.webhook.internal.WebhookOutbox;
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

/**
 * {@code /admin/webhooks} (administrators, by the {@code /admin/**} rule): endpoints, their event types,
 * enabling and disabling, secret rotation (the new secret is shown once, after the redirect), and the
 * delivery log of each endpoint with "redeliver".
 */
@Controller
class AdminWebhooksController {

    private final WebhookEndpoints endpoints;
    private final WebhookOutbox outbox;

    AdminWebhooksController(WebhookEndpoints endpoints, WebhookOutbox outbox) {
        this.endpoints = endpoints;
        this.outbox = outbox;
    }

    @GetMapping("/admin/webhooks")
    String list(Model model) {
        model.addAttribute("endpoints", endpoints.all());
        return "webhook/admin-list";
    }

    @GetMapping("/admin/webhooks/new")
    String newEndpoint(Model model) {
        return form(model, new WebhookPageForm(), null);
    }

    @PostMapping("/admin/webhooks/new")
    String register(@ModelAttribute("form") WebhookPageForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        try {
            WebhookEndpoint.WithSecret created = endpoints.register(form.toForm());
            redirect.addFlashAttribute("newSecret", created.secret());
            Flash.success(redirect, "webhook.flash.registered");
            return "redirect:/admin/webhooks/" + created.endpoint().id();
        } catch (GuanxiException e) {
            FormErrors.addTo(result, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/admin/webhooks/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
        WebhookEndpoint endpoint = endpoints.require(id);
        model.addAttribute("deliveries", outbox.log(id, PageRequest.of(50, cursor, WebhookOutbox.NEWEST_FIRST)));
        return form(model, WebhookPageForm.of(endpoint), endpoint);
    }

    @PostMapping("/admin/webhooks/{id}")
    String change(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") WebhookPageForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            endpoints.change(id, form.toForm(), version);
            Flash.success(redirect, "flash.saved");
            return "redirect:/admin/webhooks/" + id;
        } catch (GuanxiException e) {
            FormErrors.addTo(result, e);
            model.addAttribute("deliveries", outbox.log(id, PageRequest.of(50, null, WebhookOutbox.NEWEST_FIRST)));
            return form(model, form, endpoints.require(id));
        }
    }

    @PostMapping("/admin/webhooks/{id}/active")
    String activate(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
        endpoints.change(id, new WebhookEndpoint.Form(null, null, null, active), null);
        Flash.success(redirect, active ? "webhook.flash.enabled" : "webhook.flash.disabled");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/secret")
    String rotateSecret(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newSecret", endpoints.rotateSecret(id).secret());
        Flash.success(redirect, "webhook.flash.rotated");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver")
    String redeliver(@PathVariable UUID id, @PathVariable UUID deliveryId, RedirectAttributes redirect) {
        outbox.redeliver(id, deliveryId);
        Flash.success(redirect, "webhook.flash.redelivery");
        return "redirect:/admin/webhooks/" + id;
    }

    private String form(Model model, WebhookPageForm form, WebhookEndpoint existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("eventTypes", WebhookEventType.values());
        return existing == null ? "webhook/admin-new" : "webhook/admin-endpoint";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem webhooksNavigation() {
            return NavigationItem.admin("nav.admin.webhooks", "/admin/webhooks", "broadcast", 1150);
        }
    }
}
