package org.mufakat.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.documents.AmendmentId;
import org.mufakat.documents.AmendmentOperation;
import org.mufakat.documents.BreakSilence;
import org.mufakat.documents.Classification;
import org.mufakat.documents.Decision;
import org.mufakat.documents.DocumentDecisions;
import org.mufakat.documents.DocumentDrafting;
import org.mufakat.documents.DocumentId;
import org.mufakat.documents.DocumentKind;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentView;
import org.mufakat.documents.Position;
import org.mufakat.documents.ProposeAmendment;
import org.mufakat.documents.RecordDecision;
import org.mufakat.documents.RecordPosition;
import org.mufakat.documents.SaveText;
import org.mufakat.documents.SilenceView;
import org.mufakat.documents.Stage;
import org.mufakat.documents.StartSilence;
import org.mufakat.documents.VersionView;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The documents' pages: the list, the register form, a document's page (text, journey, matrix, amendments,
 * history and the forms acting on it), the text editor, versions and comparisons, and the meeting page's panel.
 */
@Controller
class DocumentPages {

    private final DocumentRecords records;
    private final DocumentDrafting drafting;
    private final DocumentDecisions decisions;
    private final MeetingCalendar calendar;
    private final Organisation organisation;
    private final FormErrors formErrors;
    private final Clock clock;

    DocumentPages(DocumentRecords records, DocumentDrafting drafting, DocumentDecisions decisions, MeetingCalendar calendar,
                  Organisation organisation, FormErrors formErrors, Clock clock) {
        this.records = records;
        this.drafting = drafting;
        this.decisions = decisions;
        this.calendar = calendar;
        this.organisation = organisation;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/documents")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String framework, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        FrameworkCode code = framework == null || framework.isBlank() || !FrameworkCode.isValid(framework) ? null : FrameworkCode.of(framework);
        model.addAttribute("year", shown);
        model.addAttribute("framework", code == null ? "" : code.value());
        model.addAttribute("frameworks", organisation.frameworks());
        model.addAttribute("documents", records.list(shown, code));
        return "documents/list";
    }

    @GetMapping("/documents/new")
    String newDocument(@RequestParam(required = false) Integer year, Model model) {
        DocumentForm form = new DocumentForm();
        form.setYear(String.valueOf(year == null ? LocalDate.now(clock).getYear() : year));
        return registerForm(model, form, Map.of());
    }

    @PostMapping("/documents")
    String register(@ModelAttribute("form") DocumentForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            DocumentView saved = drafting.register(form.toCommand());
            redirect.addFlashAttribute("notice", "documents.registered");
            return "redirect:/documents/" + saved.id();
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return registerForm(model, form, formErrors.of(violation));
        }
    }

    private String registerForm(Model model, DocumentForm form, Map<String, List<String>> errors) {
        int year = parseYear(form.getYear());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("frameworks", organisation.frameworks());
        model.addAttribute("members", organisation.membersAt(LocalDate.of(year, 6, 30)));
        model.addAttribute("meetings", calendar.meetings(MeetingFilter.year(year)).meetings());
        return "documents/form";
    }

    private int parseYear(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (RuntimeException e) {
            return LocalDate.now(clock).getYear();
        }
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable DocumentId id, Model model) {
        return page(id, model, Map.of(), null, Map.of());
    }

    private String page(DocumentId id, Model model, Map<String, List<String>> errors, String failedForm, Map<String, String> draft) {
        DocumentView document = records.get(id);
        List<Stage> journey = records.journey(id);
        MeetingId stage = journey.stream().filter(Stage::current).map(s -> s.meeting().id()).findFirst()
                .orElse(journey.isEmpty() ? null : journey.getLast().meeting().id());
        model.addAttribute("d", document);
        model.addAttribute("journey", journey);
        model.addAttribute("stage", stage);
        model.addAttribute("permissions", records.permissions(id));
        model.addAttribute("current", document.currentVersion() == 0 ? null : records.getVersion(id, document.currentVersion()));
        model.addAttribute("versions", records.versions(id));
        model.addAttribute("amendments", records.amendments(id));
        model.addAttribute("matrix", stage == null || document.currentVersion() == 0 ? null : records.matrix(id, stage));
        model.addAttribute("positionHistory", records.positionHistory(id));
        model.addAttribute("decisions", records.decisions(id));
        List<SilenceView> silences = records.silences(id);
        model.addAttribute("silences", silences);
        model.addAttribute("running", silences.stream().filter(s -> s.status() == org.mufakat.documents.SilenceStatus.RUNNING).findFirst().orElse(null));
        model.addAttribute("positions", Arrays.stream(Position.values()).filter(p -> p != Position.NONE
                && (p != Position.NOT_TAKING_PART || document.flexibleParticipation())).toList());
        model.addAttribute("decisionKinds", Decision.values());
        model.addAttribute("operations", AmendmentOperation.values());
        model.addAttribute("errors", errors);
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("draft", draft);
        return "documents/document";
    }

    /** Runs a form's action: back to the document page, or the page again with the form's messages (422). */
    private String act(DocumentId id, String form, Map<String, String> draft, Model model, RedirectAttributes redirect,
                       HttpServletResponse response, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/documents/" + id;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(id, model, formErrors.of(violation), form, draft);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(id, model, Map.of(form, List.of(conflict.getMessage())), form, draft);
        }
    }

    @PostMapping("/documents/{id}/amendments")
    String propose(@PathVariable DocumentId id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        return act(id, "amendment", params, model, redirect, response, "documents.amendment.proposed", () -> drafting.propose(
                new ProposeAmendment(id, party(params.get("party")), integer("baseVersion", params.get("baseVersion")), params.get("paragraph"),
                        enumValue(AmendmentOperation.class, "operation", params.get("operation")), params.get("proposedText"), params.get("reason"))));
    }

    @PostMapping("/documents/{id}/amendments/{amendment}/{outcome}")
    String settle(@PathVariable DocumentId id, @PathVariable AmendmentId amendment, @PathVariable String outcome,
                  @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (records.amendments(id).stream().noneMatch(a -> a.id().equals(amendment))) {
            throw new org.mufakat.platform.domain.NotFound("amendment", amendment);
        }
        return act(id, "settle", Map.of(), model, redirect, response, "documents.amendment.settled",
                () -> drafting.settle(amendment, DocumentApi.outcome(outcome), version));
    }

    @PostMapping("/documents/{id}/positions")
    String position(@PathVariable DocumentId id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        return act(id, "position", params, model, redirect, response, "documents.position.recorded", () -> decisions.recordPosition(
                new RecordPosition(id, meeting(params.get("meeting")), party(params.get("party")),
                        enumValue(Position.class, "position", params.get("position")), paragraphs(params.get("paragraphs")),
                        date("confirmBy", params.get("confirmBy")), date("confirmedOn", params.get("confirmedOn")), params.get("note"))));
    }

    @PostMapping("/documents/{id}/decisions")
    String decide(@PathVariable DocumentId id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return act(id, "decision", params, model, redirect, response, "documents.decision.recorded", () -> decisions.decide(
                new RecordDecision(id, meeting(params.get("meeting")), enumValue(Decision.class, "decision", params.get("decision")),
                        integer("version", params.get("version")), "true".equals(params.get("adReferendum")), params.get("note"))));
    }

    @PostMapping("/documents/{id}/silences")
    String startSilence(@PathVariable DocumentId id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        return act(id, "silence", params, model, redirect, response, "documents.silence.started", () -> decisions.startSilence(
                new StartSilence(id, meeting(params.get("meeting")), integer("version", params.get("version")),
                        dateTime(params.get("deadline")), zone(params.get("zone")))));
    }

    @PostMapping("/documents/{id}/silences/break")
    String breakSilence(@PathVariable DocumentId id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        return act(id, "breakSilence", params, model, redirect, response, "documents.silence.broken",
                () -> decisions.breakSilence(new BreakSilence(id, party(params.get("party")), params.get("reason"))));
    }

    @GetMapping("/documents/{id}/edit")
    String edit(@PathVariable DocumentId id, Model model) {
        DocumentView document = records.get(id);
        VersionView current = document.currentVersion() == 0 ? null : records.getVersion(id, document.currentVersion());
        return editor(model, document, current == null ? "" : current.text().markup(), document.currentVersion(), "", Map.of(), null);
    }

    @PostMapping("/documents/{id}/text")
    String saveText(@PathVariable DocumentId id, @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String note,
                    @RequestParam(required = false) String baseVersion, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        DocumentView document = records.get(id);
        try {
            drafting.save(new SaveText(id, integer("baseVersion", baseVersion), text, note));
            redirect.addFlashAttribute("notice", "documents.text.saved");
            return "redirect:/documents/" + id;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editor(model, document, text, parseOr(baseVersion, document.currentVersion()), note, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // The typed text stays; with the current version as base, saving again knowingly replaces the other change.
            return editor(model, records.get(id), text, (int) conflict.currentVersion(), note, Map.of(), conflict);
        }
    }

    private String editor(Model model, DocumentView document, String text, int baseVersion, String note, Map<String, List<String>> errors,
                          EditConflict conflict) {
        model.addAttribute("d", document);
        model.addAttribute("text", text);
        model.addAttribute("baseVersion", baseVersion);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("permissions", records.permissions(document.id()));
        return "documents/edit";
    }

    @GetMapping("/documents/{id}/record")
    String editRecord(@PathVariable DocumentId id, Model model) {
        DocumentView document = drafting.recordToRevise(id);
        return recordForm(model, document, DocumentForm.of(document), Map.of(), null);
    }

    @PostMapping("/documents/{id}/record")
    String reviseRecord(@PathVariable DocumentId id, @ModelAttribute("form") DocumentForm form, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        DocumentView document = records.get(id);
        try {
            drafting.reviseRecord(form.toRevision(id));
            redirect.addFlashAttribute("notice", "documents.record.revised");
            return "redirect:/documents/" + id;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return recordForm(model, document, form, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // What was typed stays; with the current version, saving again knowingly replaces the other change.
            form.setVersion(String.valueOf(conflict.currentVersion()));
            return recordForm(model, records.get(id), form, Map.of(), conflict);
        }
    }

    private String recordForm(Model model, DocumentView document, DocumentForm form, Map<String, List<String>> errors, EditConflict conflict) {
        model.addAttribute("d", document);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("classifications", Classification.values());
        LocalDate date = document.participationDate() != null ? document.participationDate() : LocalDate.of(document.year(), 6, 30);
        model.addAttribute("members", organisation.membersAt(date));
        // The meetings of the document's framework from its year on (a Summit early next year can join the path), and
        // whatever the path holds or was chosen, so that saving never drops a meeting the list would not show.
        Map<MeetingId, MeetingSummary> meetings = new LinkedHashMap<>();
        calendar.meetings(new MeetingFilter(LocalDate.of(document.year(), 1, 1), LocalDate.of(document.year() + 1, 12, 31),
                        document.framework().value(), null, null, null, 0, MeetingFilter.MAX_SIZE)).meetings().stream()
                .filter(m -> m.framework().equals(document.framework())).forEach(m -> meetings.put(m.id(), m));
        for (String chosen : form.getPath()) {
            try {
                MeetingId meeting = MeetingId.parse(chosen.strip());
                if (!meetings.containsKey(meeting)) {
                    calendar.summary(meeting).ifPresent(m -> meetings.put(m.id(), m));
                }
            } catch (IllegalArgumentException e) {
                // not a meeting's id: the form's message says so
            }
        }
        model.addAttribute("meetings", meetings.values().stream().sorted(Comparator.comparing((MeetingSummary m) -> m.dates().startDate())).toList());
        return "documents/record";
    }

    @GetMapping("/documents/{id}/versions/{number}")
    String version(@PathVariable DocumentId id, @PathVariable int number, Model model) {
        model.addAttribute("d", records.get(id));
        model.addAttribute("v", records.getVersion(id, number));
        model.addAttribute("permissions", records.permissions(id));
        return "documents/version";
    }

    @PostMapping("/documents/{id}/versions/{number}/restore")
    String restore(@PathVariable DocumentId id, @PathVariable int number, @RequestParam(required = false) String baseVersion,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        records.getVersion(id, number);
        return act(id, "restore", Map.of(), model, redirect, response, "documents.text.restored",
                () -> drafting.restore(id, number, integer("baseVersion", baseVersion), null));
    }

    @GetMapping("/documents/{id}/compare")
    String compare(@PathVariable DocumentId id, @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                   Model model, HttpServletResponse response) {
        DocumentView document = records.get(id);
        int newest = document.currentVersion();
        int a = from == null ? Math.max(1, newest - 1) : from;
        int b = to == null ? newest : to;
        model.addAttribute("d", document);
        model.addAttribute("versions", records.versions(id));
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        try {
            model.addAttribute("comparison", newest == 0 ? null : records.compare(id, a, b));
            model.addAttribute("errors", Map.of());
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("comparison", null);
            model.addAttribute("errors", formErrors.of(violation));
        }
        return "documents/compare";
    }

    /** The documents panel of a meeting page, loaded into it by htmx: the documents on the meeting's path the reader may see. */
    @GetMapping("/meetings/{id}/documents")
    String panel(@PathVariable MeetingId id, Model model) {
        model.addAttribute("meeting", id);
        model.addAttribute("items", records.atMeeting(id));
        return "documents/panel :: panel";
    }

    private static PartyCode party(String value) {
        return value == null || value.isBlank() ? null : parsed("party", () -> PartyCode.of(value));
    }

    private static MeetingId meeting(String value) {
        return value == null || value.isBlank() ? null : parsed("meeting", () -> MeetingId.parse(value.strip()));
    }

    private static int integer(String field, String value) {
        return value == null || value.isBlank() ? 0 : parsed(field, () -> Integer.parseInt(value.strip()));
    }

    private static int parseOr(String value, int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static LocalDate date(String field, String value) {
        return value == null || value.isBlank() ? null : parsed(field, () -> LocalDate.parse(value.strip()));
    }

    private static LocalDateTime dateTime(String value) {
        return value == null || value.isBlank() ? null : parsed("deadline", () -> LocalDateTime.parse(value.strip()));
    }

    private static ZoneId zone(String value) {
        return value == null || value.isBlank() ? null : parsed("zone", () -> ZoneId.of(value.strip()));
    }

    private static List<String> paragraphs(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,;\\s]+")).filter(p -> !p.isBlank()).toList();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        return value == null || value.isBlank() ? null : parsed(field, () -> Enum.valueOf(type, value.strip()));
    }

    private static <T> T parsed(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw RuleViolation.of(field, "input.malformed", "This value cannot be read");
        } catch (DateTimeException e) {
            throw RuleViolation.of(field, "input.malformed", "This value cannot be read");
        }
    }
}
