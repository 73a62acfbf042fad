package org.mufakat.commitments.web;

import org.mufakat.commitments.IssueRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Standing issues: the list and an issue's timeline across meetings. */
@Controller
class IssuePages {

    private final IssueRegister issues;

    IssuePages(IssueRegister issues) {
        this.issues = issues;
    }

    @GetMapping("/issues")
    String list(Model model) {
        model.addAttribute("issues", issues.issues());
        return "commitments/issues";
    }

    @GetMapping("/issues/{code}")
    String issue(@PathVariable String code, Model model) {
        model.addAttribute("timeline", issues.timeline(code));
        return "commitments/issue";
    }
}
