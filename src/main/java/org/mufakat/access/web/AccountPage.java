package org.mufakat.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.mufakat.access.AccessPolicy;
import org.mufakat.access.AccountDirectory;
import org.mufakat.access.ApiTokens;
import org.mufakat.access.SecondFactor;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** One's own account: roles, the second factor, and personal API tokens (issued, listed, revoked). */
@Controller
class AccountPage {

    private static final String ENROLMENT = "mufakat.account.enrolment";

    private final AccountDirectory accounts;
    private final SecondFactor secondFactor;
    private final ApiTokens tokens;
    private final AccessPolicy policy;
    private final FormErrors formErrors;

    AccountPage(AccountDirectory accounts, SecondFactor secondFactor, ApiTokens tokens, AccessPolicy policy, FormErrors formErrors) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
        this.policy = policy;
        this.formErrors = formErrors;
    }

    @GetMapping("/account")
    String account(HttpSession session, Model model) {
        return page(session, model, Map.of());
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") int days, HttpSession session,
                 Model model, HttpServletResponse response) {
        try {
            model.addAttribute("issued", tokens.issue(name, Duration.ofDays(days)));
            return page(session, model, Map.of());
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(session, model, formErrors.of(violation));
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "token.revoked");
        return "redirect:/account";
    }

    @PostMapping("/account/second-factor")
    String enrol(@RequestParam(defaultValue = "") String code, HttpSession session, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        String username = policy.actor().name();
        SecondFactor.Enrolment enrolment = (SecondFactor.Enrolment) session.getAttribute(ENROLMENT);
        if (enrolment != null && secondFactor.confirmEnrolment(username, enrolment.secret(), code)) {
            session.removeAttribute(ENROLMENT);
            redirect.addFlashAttribute("notice", "secondFactor.enrolled");
            return "redirect:/account";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("codeFailed", true);
        return page(session, model, Map.of());
    }

    @PostMapping("/account/second-factor/remove")
    String remove(@RequestParam(defaultValue = "") String code, HttpSession session, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        if (secondFactor.disable(policy.actor().name(), code)) {
            redirect.addFlashAttribute("notice", "secondFactor.removed");
            return "redirect:/account";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("codeFailed", true);
        return page(session, model, Map.of());
    }

    private String page(HttpSession session, Model model, Map<String, java.util.List<String>> errors) {
        String username = policy.actor().name();
        model.addAttribute("account", accounts.find(username).orElseThrow());
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("errors", errors);
        model.addAttribute("now", java.time.Instant.now());
        if (!secondFactor.enrolled(username)) {
            SecondFactor.Enrolment enrolment = (SecondFactor.Enrolment) session.getAttribute(ENROLMENT);
            if (enrolment == null) {
                enrolment = secondFactor.newEnrolment(username);
                session.setAttribute(ENROLMENT, enrolment);
            }
            model.addAttribute("enrolment", enrolment);
        }
        return "access/account";
    }
}
