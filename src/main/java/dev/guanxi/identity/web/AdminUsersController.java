package dev.guanxi.identity.web;

import dev.guanxi.identity.Role;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.internal.IdentityQueries;
import dev.guanxi.identity.internal.User;
import dev.guanxi.identity.internal.UserAdministration;
import dev.guanxi.identity.internal.UserForm;
import dev.guanxi.identity.internal.UserLookup;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.web.Flash;
import dev.guanxi.shared.web.FormErrors;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of users: list with filters, create, edit roles/department, disable. */
@Controller
class AdminUsersController {

    private final IdentityQueries queries;
    private final UserLookup lookup;
    private final UserAdministration administration;
    private final UserDirectory directory;

    AdminUsersController(IdentityQueries queries, UserLookup lookup, UserAdministration administration,
                         UserDirectory directory) {
        this.queries = queries;
        this.lookup = lookup;
        this.administration = administration;
        this.directory = directory;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) UUID departmentId,
                @RequestParam(required = false) String role, @RequestParam(required = false) Boolean active,
                @RequestParam(required = false) String cursor, Model model) {
        Role roleFilter = role == null || role.isBlank() ? null : Role.fromCode(role).orElse(null);
        PageRequest page = PageRequest.of(50, cursor, new Sort(IdentityQueries.USER_SORTS.get(0), false));
        model.addAttribute("users", queries.users(new IdentityQueries.UserFilter(q, departmentId, roleFilter, active), page));
        model.addAttribute("departments", directory.departments());
        model.addAttribute("roles", Role.values());
        model.addAttribute("q", q);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("role", role);
        model.addAttribute("active", active);
        return "identity/admin-users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        UserForm form = new UserForm();
        form.getRoles().add(Role.SALES_REP.code());
        return form(model, form, null);
    }

    @PostMapping("/admin/users/new")
    String create(@jakarta.validation.Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            User user = administration.create(form);
            Flash.success(redirect, "flash.user-created", user.getName());
            return "redirect:/admin/users";
        } catch (GuanxiException e) {
            FormErrors.addTo(result, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/admin/users/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        User user = lookup.require(id);
        return form(model, UserForm.of(user), user);
    }

    @PostMapping("/admin/users/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam long version, @jakarta.validation.Valid @ModelAttribute("form") UserForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            User user = administration.update(id, form, version);
            Flash.success(redirect, "flash.saved");
            return "redirect:/admin/users?q=" + java.net.URLEncoder.encode(user.getEmail(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (GuanxiException e) {
            FormErrors.addTo(result, e);
            return form(model, form, lookup.require(id));
        }
    }

    private String form(Model model, UserForm form, User existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("departments", directory.departments());
        model.addAttribute("managers", lookup.allUsers());
        model.addAttribute("roles", Role.values());
        model.addAttribute("zones", ProfileController.COMMON_ZONES);
        return "identity/admin-user-form";
    }
}
