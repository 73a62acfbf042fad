package org.mufakat.commitments.web;

import org.mufakat.commitments.InitiativeId;
import org.mufakat.commitments.InitiativeRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Initiatives: the list and an initiative's page with its history. */
@Controller
class InitiativePages {

    private final InitiativeRegister initiatives;

    InitiativePages(InitiativeRegister initiatives) {
        this.initiatives = initiatives;
    }

    @GetMapping("/initiatives")
    String list(Model model) {
        model.addAttribute("initiatives", initiatives.initiatives());
        return "commitments/initiatives";
    }

    @GetMapping("/initiatives/{id}")
    String initiative(@PathVariable InitiativeId id, Model model) {
        model.addAttribute("i", initiatives.get(id));
        return "commitments/initiative";
    }
}
