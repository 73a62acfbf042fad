package org.mufakat.commitments.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.commitments.IssueRegister;
import org.mufakat.commitments.IssueView;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingSummary;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Standing issues: the list, an issue's timeline across meetings, and the forms that open, revise and reference them. */
@Controller
class IssuePages {

    static final int MEETING_CHOICE_DAYS = 60;

    private final IssueRegister issues;
    private final MeetingCalendar calendar;
    private final FormErrors formErrors;
    private final Clock clock;

    IssuePages(IssueRegister issues, MeetingCalendar calendar, FormErrors formErrors, Clock clock) {
        this.issues = issues;
        this.calendar = calendar;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/issues")
    String list(Model model) {
        model.addAttribute("issues", issues.issues());
        model.addAttribute("mayRecord", issues.mayRecord());
        return "commitments/issues";
    }

    @GetMapping("/issues/{code}")
    String issue(@PathVariable String code, Model model) {
        OutcomeForm outcome = new OutcomeForm();
        outcome.setOn(LocalDate.now(clock).toString());
        return issuePage(model, code, outcome, Map.of());
    }

    @GetMapping("/issues/new")
    String newIssue(Model model) {
        issues.requireMayRecord();
        return form(model, new IssueForm(), null, Map.of(), null);
    }

    @PostMapping("/issues")
    String open(@ModelAttribute("form") IssueForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            IssueView opened = issues.open(form.toOpening());
            redirect.addFlashAttribute("notice", "standingIssue.saved");
            return "redirect:/issues/" + opened.code();
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, null, formErrors.of(violation), null);
        }
    }

    @GetMapping("/issues/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        issues.requireMayRecord();
        IssueView issue = issues.get(code);
        return form(model, IssueForm.of(issue), issue, Map.of(), null);
    }

    @PostMapping("/issues/{code}")
    String revise(@PathVariable String code, @ModelAttribute("form") IssueForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        IssueView existing = issues.get(code);
        try {
            issues.revise(code, form.toRevision(), form.getVersion());
            redirect.addFlashAttribute("notice", "standingIssue.saved");
            return "redirect:/issues/" + code;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, existing, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // The editor's values stay; with the current version a second save knowingly replaces the other change.
            form.setVersion(conflict.currentVersion());
            return form(model, form, issues.get(code), Map.of(), conflict);
        }
    }

    @PostMapping("/issues/{code}/outcomes")
    String reference(@PathVariable String code, @ModelAttribute("outcome") OutcomeForm form, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        try {
            issues.reference(code, form.toReference(), form.getVersion());
            redirect.addFlashAttribute("notice", "standingIssue.outcome.saved");
            return "redirect:/issues/" + code + "#timeline";
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return issuePage(model, code, form, formErrors.of(violation));
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(conflict.currentVersion());
            model.addAttribute("conflict", conflict);
            return issuePage(model, code, form, Map.of());
        }
    }

    /** The meetings an outcome dated {@code on} may come from (those running in the weeks before), as options (htmx). */
    @GetMapping("/issues/meeting-choices")
    String meetingChoices(@RequestParam(required = false) String on, @RequestParam(name = "meeting", required = false) String selected, Model model) {
        model.addAttribute("meetings", meetingsBefore(on));
        model.addAttribute("selected", selected == null ? "" : selected);
        return "commitments/issue :: meetingChoices";
    }

    private String issuePage(Model model, String code, OutcomeForm outcome, Map<String, List<String>> errors) {
        var timeline = issues.timeline(code);
        if (outcome.getVersion() == null) {
            outcome.setVersion(timeline.issue().version());
        }
        model.addAttribute("timeline", timeline);
        model.addAttribute("mayRecord", issues.mayRecord());
        model.addAttribute("outcome", outcome);
        model.addAttribute("meetings", meetingsBefore(outcome.getOn()));
        model.addAttribute("selected", outcome.getMeeting());
        model.addAttribute("errors", errors);
        return "commitments/issue";
    }

    private List<MeetingSummary> meetingsBefore(String on) {
        LocalDate date;
        try {
            date = on == null || on.isBlank() ? LocalDate.now(clock) : LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            return List.of();
        }
        return calendar.meetings(new MeetingFilter(date.minusDays(MEETING_CHOICE_DAYS), date, null, null, null, null, 0, 200)).meetings()
                .stream().filter(m -> !m.dates().startDate().isAfter(date)).toList().reversed();
    }

    private String form(Model model, IssueForm form, IssueView existing, Map<String, List<String>> errors, EditConflict conflict) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "commitments/issue-form";
    }
}
