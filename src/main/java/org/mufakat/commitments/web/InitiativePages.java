package org.mufakat.commitments.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.commitments.InitiativeId;
import org.mufakat.commitments.InitiativeRegister;
import org.mufakat.commitments.InitiativeStatus;
import org.mufakat.commitments.InitiativeView;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Initiatives: the list, an initiative's page with its history, and the forms: proposing one, correcting its title,
 * description, proposer and year, recording an occasion (its status follows), recording a member's support.
 */
@Controller
class InitiativePages {

    private final InitiativeRegister initiatives;
    private final FormErrors formErrors;
    private final Clock clock;

    InitiativePages(InitiativeRegister initiatives, FormErrors formErrors, Clock clock) {
        this.initiatives = initiatives;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/initiatives")
    String list(Model model) {
        model.addAttribute("initiatives", initiatives.initiatives());
        model.addAttribute("mayPropose", initiatives.mayPropose());
        return "commitments/initiatives";
    }

    @GetMapping("/initiatives/{id}")
    String initiative(@PathVariable InitiativeId id, Model model) {
        InitiativeView view = initiatives.get(id);
        OccasionForm occasion = new OccasionForm();
        occasion.setVersion(view.version());
        return page(id, model, occasion, new SupportForm(), Map.of(), null);
    }

    @GetMapping("/initiatives/new")
    String newInitiative(Model model) {
        requireProposer();
        InitiativeForm form = new InitiativeForm();
        form.setYear(String.valueOf(LocalDate.now(clock).getYear()));
        form.getRaised().setStatus(InitiativeStatus.PROPOSED.name());
        return proposalForm(model, form, Map.of());
    }

    @PostMapping("/initiatives")
    String propose(@ModelAttribute("form") InitiativeForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            InitiativeView saved = initiatives.propose(form.toCommand());
            redirect.addFlashAttribute("notice", "initiative.saved");
            return "redirect:/initiatives/" + saved.id();
        } catch (RuleViolation violation) {
            requireProposer();
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return proposalForm(model, form, formErrors.of(violation));
        }
    }

    @GetMapping("/initiatives/{id}/edit")
    String edit(@PathVariable InitiativeId id, Model model) {
        InitiativeView view = initiatives.get(id);
        requireRecorder(id);
        return revisionForm(view, model, InitiativeRevisionForm.of(view), Map.of(), null);
    }

    @PostMapping("/initiatives/{id}")
    String revise(@PathVariable InitiativeId id, @ModelAttribute("form") InitiativeRevisionForm form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        InitiativeView view = initiatives.get(id);
        try {
            initiatives.revise(id, form.toCommand(), form.getVersion());
            redirect.addFlashAttribute("notice", "initiative.revised");
            return "redirect:/initiatives/" + id;
        } catch (RuleViolation violation) {
            requireRecorder(id);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return revisionForm(view, model, form, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // The editor's values stay; saving again with the current version knowingly replaces the other change.
            form.setVersion(conflict.currentVersion());
            return revisionForm(initiatives.get(id), model, form, Map.of(), conflict);
        }
    }

    @PostMapping("/initiatives/{id}/occasions")
    String occasion(@PathVariable InitiativeId id, @ModelAttribute("occasionForm") OccasionForm form, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        try {
            initiatives.record(id, form.toOccasion(), form.getVersion());
            redirect.addFlashAttribute("notice", "initiative.occasion.saved");
            return "redirect:/initiatives/" + id;
        } catch (RuleViolation violation) {
            requireRecorder(id);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(id, model, form, new SupportForm(), formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // The editor's occasion stays; saving it again records it on the initiative as it now stands.
            form.setVersion(conflict.currentVersion());
            return page(id, model, form, new SupportForm(), Map.of(), conflict);
        }
    }

    @PostMapping("/initiatives/{id}/supporters")
    String support(@PathVariable InitiativeId id, @ModelAttribute("supportForm") SupportForm form, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        try {
            initiatives.support(id, form.partyCode(), form.meetingId());
            redirect.addFlashAttribute("notice", "initiative.support.saved");
            return "redirect:/initiatives/" + id;
        } catch (RuleViolation violation) {
            initiatives.requireSupportRecorder(id);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            OccasionForm occasion = new OccasionForm();
            occasion.setVersion(initiatives.get(id).version());
            return page(id, model, occasion, form, formErrors.of(violation), null);
        }
    }

    private void requireProposer() {
        initiatives.requireProposer();
    }

    private void requireRecorder(InitiativeId id) {
        initiatives.requireRecorder(id);
    }

    private String page(InitiativeId id, Model model, OccasionForm occasion, SupportForm support, Map<String, List<String>> errors,
                        EditConflict conflict) {
        InitiativeView view = initiatives.get(id);
        model.addAttribute("i", view);
        model.addAttribute("mayRecord", initiatives.mayRecord(id));
        List<?> supporters = initiatives.supporters(id);
        model.addAttribute("supporterChoices", supporters);
        if (initiatives.mayRecord(id) || !supporters.isEmpty()) {
            model.addAttribute("meetings", initiatives.meetingsSince(view.year()));
        }
        model.addAttribute("occasionForm", occasion);
        model.addAttribute("supportForm", support);
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "commitments/initiative";
    }

    private String revisionForm(InitiativeView view, Model model, InitiativeRevisionForm form, Map<String, List<String>> errors,
                                EditConflict conflict) {
        model.addAttribute("existing", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        List<PartyCode> proposers = new ArrayList<>(initiatives.proposers());
        if (view.proposer() != null && !view.byChair() && !proposers.contains(view.proposer())) {
            proposers.addFirst(view.proposer());
        }
        model.addAttribute("proposers", proposers);
        model.addAttribute("mayProposeForChair", view.byChair() || initiatives.mayProposeForChair());
        return "commitments/initiative-form";
    }

    private String proposalForm(Model model, InitiativeForm form, Map<String, List<String>> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("proposers", initiatives.proposers());
        model.addAttribute("mayProposeForChair", initiatives.mayProposeForChair());
        model.addAttribute("statuses", InitiativeStatus.values());
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("meetings", initiatives.meetingsSince(year - 3));
        return "commitments/initiative-form";
    }
}
