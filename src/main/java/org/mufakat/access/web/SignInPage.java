package org.mufakat.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security processes the form it posts. */
@Controller
class SignInPage {

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        return "access/sign-in";
    }
}
