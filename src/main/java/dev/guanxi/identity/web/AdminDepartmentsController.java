package dev.guanxi.identity.web;

import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.internal.DepartmentAdministration;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.web.Flash;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The department tree on one page: add, rename, move and delete departments. */
@Controller
class AdminDepartmentsController {

    private final UserDirectory directory;
    private final DepartmentAdministration administration;

    AdminDepartmentsController(UserDirectory directory, DepartmentAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping("/admin/departments")
    String tree(Model model) {
        model.addAttribute("departments", directory.departments());
        return "identity/admin-departments";
    }

    @PostMapping("/admin/departments")
    String create(@RequestParam String name, @RequestParam(required = false) UUID parentId, RedirectAttributes redirect) {
        return act(redirect, () -> administration.create(name, parentId), "flash.saved");
    }

    @PostMapping("/admin/departments/{id}")
    String update(@PathVariable UUID id, @RequestParam String name, @RequestParam(required = false) UUID parentId,
                  RedirectAttributes redirect) {
        return act(redirect, () -> administration.update(id, name, parentId, null), "flash.saved");
    }

    @PostMapping("/admin/departments/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(redirect, () -> administration.delete(id), "flash.deleted");
    }

    private static String act(RedirectAttributes redirect, Runnable action, String successKey) {
        try {
            action.run();
            Flash.success(redirect, successKey);
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/admin/departments";
    }
}
