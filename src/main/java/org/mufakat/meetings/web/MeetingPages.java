package org.mufakat.meetings.web;

import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDetails;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.FrameworkCode;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A meeting's page and the forms that schedule and revise meetings. */
@Controller
class MeetingPages {

    private final MeetingCalendar calendar;
    private final Organisation organisation;
    private final FormErrors formErrors;
    private final Clock clock;

    MeetingPages(MeetingCalendar calendar, Organisation organisation, FormErrors formErrors, Clock clock) {
        this.calendar = calendar;
        this.organisation = organisation;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable MeetingId id, Model model) {
        MeetingDetails details = calendar.get(id);
        model.addAttribute("details", details);
        model.addAttribute("m", details.meeting());
        model.addAttribute("series", calendar.series(details.meeting().series()).orElse(null));
        return "meetings/meeting";
    }

    @GetMapping("/meetings/new")
    String newMeeting(@RequestParam(required = false) String series, @RequestParam(required = false) String startDate, Model model) {
        MeetingForm form = new MeetingForm();
        if (series != null) {
            form.setSeries(series);
        }
        if (startDate != null) {
            form.setStartDate(startDate);
        }
        return form(model, form, null, Map.of(), null);
    }

    @PostMapping("/meetings")
    String schedule(@ModelAttribute("form") MeetingForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            MeetingSummary scheduled = calendar.schedule(form.toPlan());
            redirect.addFlashAttribute("notice", "meeting.saved");
            return "redirect:/meetings/" + scheduled.id();
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, null, formErrors.of(violation), null);
        }
    }

    @GetMapping("/meetings/{id}/edit")
    String edit(@PathVariable MeetingId id, Model model) {
        MeetingDetails details = calendar.get(id);
        return form(model, MeetingForm.of(details), details, Map.of(), null);
    }

    @PostMapping("/meetings/{id}")
    String revise(@PathVariable MeetingId id, @ModelAttribute("form") MeetingForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        MeetingDetails details = calendar.get(id);
        try {
            calendar.revise(id, form.toPlan(), form.getVersion());
            redirect.addFlashAttribute("notice", "meeting.saved");
            return "redirect:/meetings/" + id;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, details, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // Keep the editor's values; with the current version a second save knowingly replaces the other change.
            form.setVersion(conflict.currentVersion());
            return form(model, form, calendar.get(id), Map.of(), conflict);
        }
    }

    /** Suggests ordinals as the editor picks a series and a date (htmx). */
    @GetMapping("/meetings/ordinal-suggestion")
    String ordinalSuggestion(@RequestParam(required = false) String series, @RequestParam(required = false) String framework,
                             @RequestParam(required = false) String startDate, Model model) {
        List<Integer> suggestion = List.of();
        try {
            if (series != null && !series.isBlank()) {
                int year = startDate == null || startDate.isBlank() ? LocalDate.now(clock).getYear() : LocalDate.parse(startDate).getYear();
                FrameworkCode code = framework == null || framework.isBlank() || !FrameworkCode.isValid(framework) ? null : FrameworkCode.of(framework);
                suggestion = calendar.suggestOrdinals(new SeriesCode(series), code, year);
            }
        } catch (RuntimeException e) {
            suggestion = List.of();
        }
        model.addAttribute("suggestion", suggestion);
        return "meetings/form :: suggestion";
    }

    private String form(Model model, MeetingForm form, MeetingDetails existing, Map<String, List<String>> errors, EditConflict conflict) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("allSeries", calendar.series());
        model.addAttribute("frameworks", organisation.frameworks());
        model.addAttribute("formats", MeetingFormat.values());
        model.addAttribute("statuses", MeetingStatus.values());
        model.addAttribute("bundles", calendar.bundles());
        LocalDate around = parseOr(form.getStartDate(), LocalDate.now(clock));
        model.addAttribute("members", organisation.membersAt(around));
        model.addAttribute("candidates", calendar.meetings(new MeetingFilter(around.minusMonths(1), around.plusMonths(18),
                null, null, null, null, 0, 500)).meetings().stream()
                .filter(m -> existing == null || !m.id().equals(existing.meeting().id())).toList());
        return "meetings/form";
    }

    private static LocalDate parseOr(String text, LocalDate fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalDate.parse(text);
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
