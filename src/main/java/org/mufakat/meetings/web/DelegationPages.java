package org.mufakat.meetings.web;

import org.mufakat.meetings.DelegationDetails;
import org.mufakat.meetings.DelegationId;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDetails;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.Organisation;
import org.mufakat.people.PersonDirectory;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;

/** Forms that register a delegation at a meeting and recompose it. */
@Controller
class DelegationPages {

    private final DelegationRegister delegations;
    private final MeetingCalendar calendar;
    private final Organisation organisation;
    private final PersonDirectory people;
    private final FormErrors formErrors;

    DelegationPages(DelegationRegister delegations, MeetingCalendar calendar, Organisation organisation, PersonDirectory people,
                    FormErrors formErrors) {
        this.delegations = delegations;
        this.calendar = calendar;
        this.organisation = organisation;
        this.people = people;
        this.formErrors = formErrors;
    }

    @GetMapping("/meetings/{id}/delegations/new")
    String newDelegation(@PathVariable MeetingId id, Model model) {
        return form(model, calendar.get(id), new DelegationForm(), null, Map.of(), null);
    }

    @PostMapping("/meetings/{id}/delegations")
    String register(@PathVariable MeetingId id, @ModelAttribute("form") DelegationForm form, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        MeetingDetails meeting = calendar.get(id);
        try {
            delegations.register(form.toCommand(id));
            redirect.addFlashAttribute("notice", "delegation.saved");
            return "redirect:/meetings/" + id;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, meeting, form, null, formErrors.of(violation), null);
        }
    }

    @GetMapping("/delegations/{id}/edit")
    String edit(@PathVariable DelegationId id, Model model) {
        DelegationDetails delegation = delegations.find(id).orElseThrow(() -> new NotFound("delegation", id));
        return form(model, calendar.get(delegation.meeting()), DelegationForm.of(delegation), delegation, Map.of(), null);
    }

    @PostMapping("/delegations/{id}")
    String recompose(@PathVariable DelegationId id, @ModelAttribute("form") DelegationForm form, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        DelegationDetails delegation = delegations.find(id).orElseThrow(() -> new NotFound("delegation", id));
        MeetingDetails meeting = calendar.get(delegation.meeting());
        form.setParty(delegation.party().value());
        try {
            delegations.recompose(id, form.toCommand(delegation.meeting()), form.getVersion());
            redirect.addFlashAttribute("notice", "delegation.saved");
            return "redirect:/meetings/" + delegation.meeting();
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, meeting, form, delegation, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(conflict.currentVersion());
            return form(model, meeting, form, delegation, Map.of(), conflict);
        }
    }

    @GetMapping("/meetings/{id}/bilaterals/new")
    String newBilateral(@PathVariable MeetingId id, Model model) {
        return bilateralForm(model, calendar.get(id), new BilateralForm(), Map.of());
    }

    @PostMapping("/meetings/{id}/bilaterals")
    String recordBilateral(@PathVariable MeetingId id, @ModelAttribute("form") BilateralForm form, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) {
        MeetingDetails meeting = calendar.get(id);
        try {
            delegations.recordBilateral(form.toCommand(id));
            redirect.addFlashAttribute("notice", "bilateral.saved");
            return "redirect:/meetings/" + id;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return bilateralForm(model, meeting, form, formErrors.of(violation));
        }
    }

    private String bilateralForm(Model model, MeetingDetails meeting, BilateralForm form, Map<String, List<String>> errors) {
        model.addAttribute("meeting", meeting.meeting());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("delegationParties", meeting.delegations().stream().map(d -> d.party()).toList());
        model.addAttribute("parties", organisation.parties());
        model.addAttribute("people", people.all(2000));
        return "meetings/bilateral-form";
    }

    private String form(Model model, MeetingDetails meeting, DelegationForm form, DelegationDetails existing,
                        Map<String, List<String>> errors, EditConflict conflict) {
        model.addAttribute("meeting", meeting.meeting());
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("seats", organisation.participantsAt(meeting.meeting().framework(), meeting.meeting().dates().startDate()));
        model.addAttribute("capacities", LeadCapacity.values());
        model.addAttribute("people", people.all(2000));
        return "meetings/delegation-form";
    }
}
