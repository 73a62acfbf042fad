package org.mufakat.outputs.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.outputs.PressReleaseDesk;
import org.mufakat.outputs.PressReleaseView;
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

import java.util.List;
import java.util.Map;

/**
 * The Chair's press release of a meeting: its drafters see the draft form (a fresh one assembled from the record until
 * the first save) with the issue button; once issued, everybody reads it; before that, nobody else learns it exists.
 */
@Controller
class PressReleasePages {

    private final PressReleaseDesk desk;
    private final MeetingCalendar calendar;
    private final FormErrors formErrors;

    PressReleasePages(PressReleaseDesk desk, MeetingCalendar calendar, FormErrors formErrors) {
        this.desk = desk;
        this.calendar = calendar;
        this.formErrors = formErrors;
    }

    @GetMapping("/meetings/{id}/press-release")
    String page(@PathVariable MeetingId id, Model model) {
        PressReleaseView release = desk.find(id).orElse(null);
        if (release != null && release.issued()) {
            return issued(id, release, model);
        }
        if (!desk.mayDraft(id)) {
            throw new NotFound("press release of meeting", id);
        }
        PressReleaseForm form = release == null ? PressReleaseForm.of(desk.assemble(id), null) : PressReleaseForm.of(release);
        return form(id, release, form, model, Map.of(), null);
    }

    @PostMapping("/meetings/{id}/press-release")
    String save(@PathVariable MeetingId id, @ModelAttribute("form") PressReleaseForm form, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        try {
            desk.save(id, form.toText(), form.getVersion());
            redirect.addFlashAttribute("notice", "outputs.pressRelease.saved");
            return "redirect:/meetings/" + id + "/press-release";
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(id, desk.find(id).orElse(null), form, model, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // The editor's text stays in the form; with the current version a second save knowingly replaces the other change.
            form.setVersion(conflict.currentVersion());
            return form(id, desk.find(id).orElse(null), form, model, Map.of(), conflict);
        }
    }

    @PostMapping("/meetings/{id}/press-release/issue")
    String issue(@PathVariable MeetingId id, @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        try {
            desk.issue(id, version);
            redirect.addFlashAttribute("notice", "outputs.pressRelease.issuedNotice");
            return "redirect:/meetings/" + id + "/press-release";
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            PressReleaseView current = desk.find(id).orElseThrow(() -> new NotFound("press release of meeting", id));
            if (current.issued()) {
                return issued(id, current, model);
            }
            return form(id, current, PressReleaseForm.of(current), model, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            PressReleaseView current = desk.find(id).orElseThrow();
            return form(id, current, PressReleaseForm.of(current), model, Map.of(), conflict);
        }
    }

    private String issued(MeetingId id, PressReleaseView release, Model model) {
        model.addAttribute("m", calendar.get(id).meeting());
        model.addAttribute("release", release);
        model.addAttribute("linesEn", release.text().bodyEn().lines().toList());
        model.addAttribute("linesVi", release.text().bodyVi().lines().toList());
        return "outputs/press-release";
    }

    private String form(MeetingId id, PressReleaseView release, PressReleaseForm form, Model model, Map<String, List<String>> errors,
                        EditConflict conflict) {
        model.addAttribute("m", calendar.get(id).meeting());
        model.addAttribute("release", release);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "outputs/press-release-form";
    }
}
