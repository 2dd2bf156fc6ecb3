package dev.guanxi.identity.web;

import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.internal.Team;
import dev.guanxi.identity.internal.TeamAdministration;
import dev.guanxi.identity.internal.UserLookup;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.web.Flash;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Teams (团队) with their leader and members. */
@Controller
class AdminTeamsController {

    private final UserLookup lookup;
    private final TeamAdministration administration;
    private final UserDirectory directory;

    AdminTeamsController(UserLookup lookup, TeamAdministration administration, UserDirectory directory) {
        this.lookup = lookup;
        this.administration = administration;
        this.directory = directory;
    }

    @GetMapping("/admin/teams")
    String list(@RequestParam(required = false) UUID edit, Model model) {
        model.addAttribute("teams", lookup.teams());
        List<dev.guanxi.identity.internal.User> users = lookup.allUsers();
        model.addAttribute("users", users);
        model.addAttribute("userNames", users.stream().collect(java.util.stream.Collectors.toMap(
                dev.guanxi.identity.internal.User::getId, dev.guanxi.identity.internal.User::getName)));
        model.addAttribute("departments", directory.departments());
        model.addAttribute("editing", edit == null ? null : lookup.requireTeam(edit));
        return "identity/admin-teams";
    }

    @PostMapping("/admin/teams")
    String save(@RequestParam(required = false) UUID id, @RequestParam String name,
                @RequestParam(required = false) UUID departmentId, @RequestParam(required = false) UUID leaderId,
                @RequestParam(name = "memberIds", required = false) List<UUID> memberIds,
                @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            Team team = administration.save(id, name, departmentId, leaderId,
                    new HashSet<>(memberIds == null ? List.of() : memberIds), version);
            Flash.success(redirect, "flash.saved");
            return "redirect:/admin/teams";
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
            return id == null ? "redirect:/admin/teams" : "redirect:/admin/teams?edit=" + id;
        }
    }

    @PostMapping("/admin/teams/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        administration.delete(id);
        Flash.success(redirect, "flash.deleted");
        return "redirect:/admin/teams";
    }
}
