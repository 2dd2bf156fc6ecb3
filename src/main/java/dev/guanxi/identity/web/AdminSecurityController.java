package dev.guanxi.identity.web;

import dev.guanxi.identity.Role;
import dev.guanxi.identity.internal.SecurityLogReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Roles and what each may see and do; the security log and recent sign-ins. */
@Controller
class AdminSecurityController {

    private final SecurityLogReader reader;

    AdminSecurityController(SecurityLogReader reader) {
        this.reader = reader;
    }

    @GetMapping("/admin/roles")
    String roles(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("counts", reader.usersPerRole());
        return "identity/admin-roles";
    }

    @GetMapping("/admin/security-log")
    String log(Model model) {
        model.addAttribute("entries", reader.recentEntries(200));
        model.addAttribute("logins", reader.recentLogins(100));
        return "identity/admin-security-log";
    }
}
