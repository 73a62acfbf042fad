package org.mufakat.commitments.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.commitments.InterventionId;
import org.mufakat.commitments.InterventionRegister;
import org.mufakat.commitments.InterventionView;
import org.mufakat.commitments.SpeakerChoice;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recording a head of delegation's statement at a meeting, from the meeting page's statements panel, and correcting
 * one (its speaker, points and tags) from the panels of the meeting and of the country.
 */
@Controller
class InterventionForms {

    private final InterventionRegister interventions;
    private final MeetingCalendar calendar;
    private final FormErrors formErrors;

    InterventionForms(InterventionRegister interventions, MeetingCalendar calendar, FormErrors formErrors) {
        this.interventions = interventions;
        this.calendar = calendar;
        this.formErrors = formErrors;
    }

    @GetMapping("/meetings/{id}/interventions/new")
    String newIntervention(@PathVariable MeetingId id, Model model) {
        interventions.requireSpeakerAt(id);
        return form(id, model, InterventionForm.blank(), Map.of());
    }

    @PostMapping("/meetings/{id}/interventions")
    String record(@PathVariable MeetingId id, @ModelAttribute("form") InterventionForm form,
                  @RequestParam(name = "morePoints", required = false) String morePoints, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        if (morePoints != null) {
            // "More points": the form again with what was typed and blank points added; nothing is saved.
            interventions.requireSpeakerAt(id);
            return form(id, model, form.withSparePoints(), Map.of());
        }
        try {
            interventions.record(form.toCommand(id));
            redirect.addFlashAttribute("notice", "intervention.saved");
            return "redirect:/meetings/" + id + "#interventions-panel";
        } catch (RuleViolation violation) {
            interventions.requireSpeakerAt(id);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(id, model, form.withSparePoints(), formErrors.of(violation));
        }
    }

    @GetMapping("/interventions/{id}/edit")
    String edit(@PathVariable InterventionId id, Model model) {
        InterventionView statement = interventions.find(id).orElseThrow(() -> new NotFound("intervention", id));
        interventions.requireReviser(id);
        return revisionForm(statement, model, InterventionForm.of(statement), Map.of(), null);
    }

    @PostMapping("/interventions/{id}")
    String revise(@PathVariable InterventionId id, @ModelAttribute("form") InterventionForm form,
                  @RequestParam(name = "morePoints", required = false) String morePoints, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        InterventionView statement = interventions.find(id).orElseThrow(() -> new NotFound("intervention", id));
        if (morePoints != null) {
            interventions.requireReviser(id);
            return revisionForm(statement, model, form.withSparePoints(), Map.of(), null);
        }
        try {
            interventions.revise(id, form.toRevision(), form.getVersion());
            redirect.addFlashAttribute("notice", "intervention.revised");
            return "redirect:/meetings/" + statement.meeting().id() + "#interventions-panel";
        } catch (RuleViolation violation) {
            interventions.requireReviser(id);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return revisionForm(statement, model, form.withSparePoints(), formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // What the editor typed stays; saving again with the current version knowingly replaces the other change.
            form.setVersion(conflict.currentVersion());
            return revisionForm(statement, model, form.withSparePoints(), Map.of(), conflict);
        }
    }

    private String form(MeetingId id, Model model, InterventionForm form, Map<String, List<String>> errors) {
        model.addAttribute("meeting", calendar.summary(id).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("speakers", interventions.speakersAt(id));
        model.addAttribute("speakerChoices", interventions.speakerChoices(id));
        model.addAttribute("tags", interventions.tagChoices());
        return "commitments/intervention-form";
    }

    private String revisionForm(InterventionView statement, Model model, InterventionForm form, Map<String, List<String>> errors,
                                EditConflict conflict) {
        model.addAttribute("meeting", statement.meeting());
        model.addAttribute("statement", statement);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        List<SpeakerChoice> choices = new ArrayList<>(interventions.speakerChoices(statement.meeting().id(), statement.party()));
        if (statement.person() != null && choices.stream().noneMatch(c -> c.person().equals(statement.person()))) {
            // Whoever was recorded stays choosable though the delegation no longer lists them.
            choices.add(new SpeakerChoice(statement.party(), statement.person(), statement.speaker(), false));
        }
        model.addAttribute("speakerChoices", choices);
        model.addAttribute("tags", interventions.tagChoices());
        return "commitments/intervention-form";
    }
}
