package org.mufakat.access.web;

import org.mufakat.access.FirstAdministrator;
import org.mufakat.access.OpenAccount;
import org.mufakat.access.Username;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;

/** The one-time page, reached through the link printed to the log, that creates the first administrator. */
@Controller
class SetupPage {

    private final FirstAdministrator firstAdministrator;
    private final FormErrors formErrors;

    SetupPage(FirstAdministrator firstAdministrator, FormErrors formErrors) {
        this.firstAdministrator = firstAdministrator;
        this.formErrors = formErrors;
    }

    @GetMapping("/setup/{token}")
    String form(@PathVariable String token, Model model) {
        if (!firstAdministrator.isValidSetupLink(token)) {
            throw new NotFound("setup link", "");
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", Map.of());
        return "access/setup";
    }

    @PostMapping("/setup/{token}")
    String create(@PathVariable String token, @RequestParam String username, @RequestParam String displayName,
                  @RequestParam String password, Model model, HttpServletResponse response) {
        if (!firstAdministrator.isValidSetupLink(token)) {
            throw new NotFound("setup link", "");
        }
        try {
            firstAdministrator.createThroughSetupLink(token, new OpenAccount(new Username(username), displayName, password, List.of()));
            return "redirect:/sign-in?created";
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("token", token);
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            model.addAttribute("errors", formErrors.of(violation));
            return "access/setup";
        }
    }
}
