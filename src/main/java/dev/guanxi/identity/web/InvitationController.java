package dev.guanxi.identity.web;

import dev.guanxi.identity.internal.Invitations;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an invited user opens from their mail (no sign-in: the token is the key) to choose their
 * password. A link that is unknown, used or expired shows a plain page saying so, with status 404.
 */
@Controller
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitation/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return invitations.find(token).map(invited -> {
            model.addAttribute("invited", invited);
            model.addAttribute("token", token);
            return "identity/invitation";
        }).orElseGet(() -> invalid(response));
    }

    @PostMapping("/invitation/{token}")
    String accept(@PathVariable String token, @RequestParam(required = false) String password,
                  @RequestParam(required = false) String confirmation, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("invited", invitations.accept(token, password, confirmation));
            return "identity/invitation-done";
        } catch (NotFoundException e) {
            return invalid(response);
        } catch (ValidationException e) {
            var invited = invitations.find(token);
            if (invited.isEmpty()) {
                return invalid(response);
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invited", invited.get());
            model.addAttribute("token", token);
            model.addAttribute("problem", e.fieldProblems().get(0));
            return "identity/invitation";
        }
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "identity/invitation-invalid";
    }
}
