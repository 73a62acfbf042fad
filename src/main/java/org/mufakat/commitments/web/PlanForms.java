package org.mufakat.commitments.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.commitments.PlanDetails;
import org.mufakat.commitments.PlanId;
import org.mufakat.commitments.PlanRegister;
import org.mufakat.commitments.PlanSummary;
import org.mufakat.organisation.Organisation;
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

import java.util.List;
import java.util.Map;

/** Recording and revising a plan through its page form: the outline of areas and action lines, the version edited. */
@Controller
class PlanForms {

    private final PlanRegister plans;
    private final Organisation organisation;
    private final FormErrors formErrors;

    PlanForms(PlanRegister plans, Organisation organisation, FormErrors formErrors) {
        this.plans = plans;
        this.organisation = organisation;
        this.formErrors = formErrors;
    }

    @GetMapping("/plans/new")
    String newPlan(Model model) {
        requireRecorder();
        return form(model, new PlanForm(), null, Map.of(), null);
    }

    @PostMapping("/plans")
    String record(@ModelAttribute("form") PlanForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            PlanSummary saved = plans.record(form.toCommand(null));
            redirect.addFlashAttribute("notice", "plan.saved");
            return "redirect:/plans/" + saved.id();
        } catch (RuleViolation violation) {
            requireRecorder();
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, null, formErrors.of(violation), null);
        }
    }

    @GetMapping("/plans/{id}/edit")
    String edit(@PathVariable PlanId id, Model model) {
        PlanDetails details = plans.get(id);
        requireRecorder();
        return form(model, PlanForm.of(details), details, Map.of(), null);
    }

    @PostMapping("/plans/{id}")
    String revise(@PathVariable PlanId id, @ModelAttribute("form") PlanForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        PlanDetails details = plans.get(id);
        try {
            plans.revise(id, form.toCommand(details.plan().adoptedBy()), form.getVersion());
            redirect.addFlashAttribute("notice", "plan.saved");
            return "redirect:/plans/" + id;
        } catch (RuleViolation violation) {
            requireRecorder();
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, details, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // The editor's values stay; with the current version a second save knowingly replaces the other change.
            form.setVersion(conflict.currentVersion());
            return form(model, form, plans.get(id), Map.of(), conflict);
        }
    }

    /** Who may not record plans gets the 403, also where the form's input is refused before the register decides. */
    private void requireRecorder() {
        plans.requireRecorder();
    }

    private String form(Model model, PlanForm form, PlanDetails existing, Map<String, List<String>> errors, EditConflict conflict) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("frameworks", organisation.frameworks());
        return "commitments/plan-form";
    }
}
