package org.mufakat.notes.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.documents.DocumentId;
import org.mufakat.meetings.MeetingId;
import org.mufakat.notes.DelegationNotes;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The notes panel of a meeting or document page, loaded into it by htmx (neither module knows of notes): empty for
 * anyone who is no delegation's officer.
 */
@Controller
class NotePages {

    private final DelegationNotes notes;
    private final FormErrors formErrors;

    NotePages(DelegationNotes notes, FormErrors formErrors) {
        this.notes = notes;
        this.formErrors = formErrors;
    }

    @GetMapping("/meetings/{id}/notes")
    String panel(@PathVariable MeetingId id, Model model) {
        return panel(id, model, Map.of());
    }

    @PostMapping("/meetings/{id}/notes")
    String write(@PathVariable MeetingId id, @RequestParam String party, @RequestParam(defaultValue = "") String body, Model model,
                 HttpServletResponse response) {
        try {
            notes.write(id, PartyCode.of(party), body);
            return panel(id, model, Map.of());
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("draft", body);
            return panel(id, model, formErrors.of(violation));
        }
    }

    @GetMapping("/documents/{id}/notes")
    String documentPanel(@PathVariable DocumentId id, Model model) {
        return documentPanel(id, model, Map.of());
    }

    @PostMapping("/documents/{id}/notes")
    String writeOnDocument(@PathVariable DocumentId id, @RequestParam String party, @RequestParam(defaultValue = "") String body,
                           Model model, HttpServletResponse response) {
        try {
            notes.write(id, PartyCode.of(party), body);
            return documentPanel(id, model, Map.of());
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("draft", body);
            return documentPanel(id, model, formErrors.of(violation));
        }
    }

    private String panel(MeetingId id, Model model, Map<String, java.util.List<String>> errors) {
        model.addAttribute("action", "/meetings/" + id + "/notes");
        model.addAttribute("notes", notes.onMeeting(id));
        model.addAttribute("errors", errors);
        return "notes/panel :: panel";
    }

    private String documentPanel(DocumentId id, Model model, Map<String, java.util.List<String>> errors) {
        model.addAttribute("action", "/documents/" + id + "/notes");
        model.addAttribute("notes", notes.onDocument(id));
        model.addAttribute("errors", errors);
        return "notes/panel :: panel";
    }
}
