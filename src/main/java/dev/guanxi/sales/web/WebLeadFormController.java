package dev.guanxi.sales.web;

import dev.guanxi.customer.Industry;
import dev.guanxi.sales.internal.LeadForm;
import dev.guanxi.sales.internal.WebLeadIntake;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public web-to-lead form (/forms/lead): no sign-in; a company links to it from its website.
 * Protected by a signed ticket, a trap field and a per-address limit (see {@link WebLeadIntake}).
 */
@Controller
class WebLeadFormController {

    private final WebLeadIntake intake;

    WebLeadFormController(WebLeadIntake intake) {
        this.intake = intake;
    }

    @GetMapping("/forms/lead")
    String form(Model model) {
        return page(model, new LeadForm());
    }

    @PostMapping("/forms/lead")
    String submit(@Valid @ModelAttribute("form") LeadForm form, BindingResult binding,
                  @RequestParam(required = false) String ticket, @RequestParam(name = "website", required = false) String trap,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        if (binding.hasErrors()) {
            response.setStatus(400);
            return page(model, form);
        }
        try {
            intake.submit(form, ticket, trap, request.getRemoteAddr());
            return "sales/web-lead-thanks";
        } catch (WebLeadIntake.TooManySubmissions e) {
            response.setStatus(429);
            response.setHeader("Retry-After", "600");
            model.addAttribute("throttled", true);
            return page(model, form);
        } catch (GuanxiException e) {
            response.setStatus(400);
            FormErrors.addTo(binding, e);
            return page(model, form);
        }
    }

    private String page(Model model, LeadForm form) {
        model.addAttribute("form", form);
        model.addAttribute("ticket", intake.ticket());
        model.addAttribute("industries", Industry.values());
        return "sales/web-lead";
    }
}
