package org.mufakat.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.mufakat.access.SecondFactor;
import org.mufakat.access.SignInCompletion;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: the authenticator's code, or, for an administrator without one yet, enrolling
 * an authenticator first. Reached only with a pending sign-in.
 */
@Controller
class SecondFactorPage {

    private static final String ENROLMENT = "mufakat.second-factor.enrolment";

    private final SecondFactor secondFactor;
    private final SignInCompletion completion;

    SecondFactorPage(SecondFactor secondFactor, SignInCompletion completion) {
        this.secondFactor = secondFactor;
        this.completion = completion;
    }

    @GetMapping(SignInCompletion.SECOND_FACTOR_PAGE)
    String form(Authentication pending, HttpSession session, Model model) {
        return page(pending.getName(), session, model, false);
    }

    @PostMapping(SignInCompletion.SECOND_FACTOR_PAGE)
    String verify(Authentication pending, @RequestParam(defaultValue = "") String code, HttpSession session, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        String username = pending.getName();
        boolean accepted;
        if (secondFactor.enrolled(username)) {
            accepted = secondFactor.verify(username, code);
        } else {
            SecondFactor.Enrolment enrolment = (SecondFactor.Enrolment) session.getAttribute(ENROLMENT);
            accepted = enrolment != null && secondFactor.confirmEnrolment(username, enrolment.secret(), code);
        }
        if (!accepted) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(username, session, model, true);
        }
        session.removeAttribute(ENROLMENT);
        completion.complete(username, request, response);
        return "redirect:/";
    }

    private String page(String username, HttpSession session, Model model, boolean failed) {
        model.addAttribute("failed", failed);
        if (!secondFactor.enrolled(username)) {
            SecondFactor.Enrolment enrolment = (SecondFactor.Enrolment) session.getAttribute(ENROLMENT);
            if (enrolment == null) {
                enrolment = secondFactor.newEnrolment(username);
                session.setAttribute(ENROLMENT, enrolment);
            }
            model.addAttribute("enrolment", enrolment);
        }
        return "access/second-factor";
    }
}
