package dev.guanxi.identity.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.internal.ProfileService;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.web.Flash;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own settings: language, time zone, password, personal API tokens, login history. */
@Controller
class ProfileController {

    static final List<String> COMMON_ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore",
            "Asia/Tokyo", "Asia/Seoul", "Europe/Berlin", "Europe/London", "Europe/Paris", "America/New_York",
            "America/Chicago", "America/Los_Angeles", "Australia/Sydney", "UTC");

    private final ProfileService profile;

    ProfileController(ProfileService profile) {
        this.profile = profile;
    }

    @GetMapping("/profile")
    String show(Model model) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("me", me);
        model.addAttribute("zones", zones(me.timeZone()));
        model.addAttribute("tokens", profile.personalTokens(me.id()));
        model.addAttribute("logins", profile.recentLogins(me.id()));
        return "identity/profile";
    }

    @PostMapping("/profile/settings")
    String settings(@RequestParam String language, @RequestParam String timeZone, RedirectAttributes redirect) {
        try {
            profile.changeSettings(CurrentUser.require().id(), language, timeZone);
            Flash.success(redirect, "flash.saved");
        } catch (GuanxiException e) {
            Flash.error(redirect, "problem.validation");
        }
        return "redirect:/profile";
    }

    @PostMapping("/profile/password")
    String password(@RequestParam String currentPassword, @RequestParam String newPassword, RedirectAttributes redirect) {
        try {
            profile.changePassword(CurrentUser.require().id(), currentPassword, newPassword);
            Flash.success(redirect, "flash.password-changed");
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens")
    String createToken(@RequestParam String name, @RequestParam(required = false) Integer days,
                       RedirectAttributes redirect) {
        try {
            String token = profile.createPersonalToken(CurrentUser.require().id(), name, days);
            redirect.addFlashAttribute("newToken", token);
            Flash.success(redirect, "flash.token-created");
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        profile.revokePersonalToken(CurrentUser.require().id(), id);
        Flash.success(redirect, "flash.token-revoked");
        return "redirect:/profile";
    }

    private static List<String> zones(String current) {
        if (COMMON_ZONES.contains(current)) {
            return COMMON_ZONES;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(current), COMMON_ZONES.stream())
                .filter(z -> {
                    try {
                        ZoneId.of(z);
                        return true;
                    } catch (RuntimeException e) {
                        return false;
                    }
                }).toList();
    }
}
