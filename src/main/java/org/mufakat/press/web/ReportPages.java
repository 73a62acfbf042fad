package org.mufakat.press.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.mufakat.press.FactKind;
import org.mufakat.press.FactView;
import org.mufakat.press.ImportJob;
import org.mufakat.press.ImportOutcome;
import org.mufakat.press.IncomingReport;
import org.mufakat.press.PressIntake;
import org.mufakat.press.PressReports;
import org.mufakat.press.ReportId;
import org.mufakat.press.ReportImports;
import org.mufakat.press.ReportReview;
import org.mufakat.press.ReportView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The press intake's pages: importing reports (pasted text at once; files and archives as a background job whose
 * progress the page polls), the list of imported reports, and a report's review page with its facts marked in the
 * text, each to accept, correct or reject.
 */
@Controller
class ReportPages {

    static final Map<FactKind, List<String>> FIELDS = Map.of(
            FactKind.MEETING, List.of("series", "framework", "partner", "ordinals", "start", "end", "city", "country", "format", "role", "meeting"),
            FactKind.HEAD_OF_DELEGATION, List.of("name", "title", "country", "role", "capacity", "authorisedBy", "meetings"),
            FactKind.CHAIR_COUNTRY, List.of("country"),
            FactKind.DOCUMENT_COUNT, List.of("count", "qualifier"));

    private final PressIntake intake;
    private final ReportImports imports;
    private final PressReports reports;
    private final ReportReview review;
    private final MeetingCalendar calendar;
    private final FormErrors formErrors;

    ReportPages(PressIntake intake, ReportImports imports, PressReports reports, ReportReview review, MeetingCalendar calendar,
                FormErrors formErrors) {
        this.intake = intake;
        this.imports = imports;
        this.reports = reports;
        this.review = review;
        this.calendar = calendar;
        this.formErrors = formErrors;
    }

    @GetMapping("/reports")
    String list(Model model) {
        model.addAttribute("reports", reports.list());
        return "press/reports";
    }

    @GetMapping("/reports/new")
    String importForm(Model model) {
        intake.requireMayImport();
        model.addAttribute("errors", Map.of());
        return "press/import";
    }

    /** Pasted text: imported at once, then its review page (or the report it repeats). */
    @PostMapping("/reports")
    String importText(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String source,
                      @RequestParam(required = false) String published, Model model, HttpServletResponse response) {
        try {
            ImportOutcome outcome = intake.importReport(IncomingReport.text(text, source, date(published)));
            return switch (outcome.result()) {
                case IMPORTED -> "redirect:/reports/" + outcome.report() + "?notice=press.imported";
                case NEAR_COPY -> "redirect:/reports/" + outcome.report() + "?notice=press.importedNearCopy";
                case DUPLICATE -> "redirect:/reports/" + outcome.report() + "?notice=press.duplicate";
                case REFUSED -> throw RuleViolation.of("text", outcome.reasonCode(), outcome.reason());
            };
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", formErrors.of(violation));
            model.addAttribute("text", text);
            model.addAttribute("source", source);
            model.addAttribute("published", published);
            return "press/import";
        }
    }

    /** Files and archives: a background job; the page polls its progress. */
    @PostMapping("/reports/imports")
    String importFiles(@RequestParam(name = "files", required = false) List<MultipartFile> files, @RequestParam(defaultValue = "") String source,
                       @RequestParam(required = false) String published, Model model, HttpServletResponse response) {
        try {
            List<IncomingReport> incoming = new ArrayList<>();
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())) {
                    incoming.add(new IncomingReport(file.getBytes(), file.getOriginalFilename(), null, source, date(published)));
                }
            }
            if (incoming.isEmpty()) {
                throw RuleViolation.of("files", "press.files.required", "Choose at least one .txt, .html or .zip file");
            }
            ImportJob job = imports.start(incoming);
            return "redirect:/reports/imports/" + job.id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", formErrors.of(violation));
            model.addAttribute("source", source);
            model.addAttribute("published", published);
            return "press/import";
        }
    }

    @GetMapping("/reports/imports/{job}")
    String job(@PathVariable UUID job, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("job", imports.job(job));
        return htmx != null ? "press/job :: progress" : "press/job";
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable ReportId id, @RequestParam(required = false) String notice, Model model) {
        return page(reports.view(id), notice, Map.of(), null, model);
    }

    @GetMapping("/reports/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable ReportId id) {
        PressReports.RawFile raw = reports.raw(id);
        String name = raw.fileName() != null ? raw.fileName() : "report-" + id + (raw.mediaType().contains("html") ? ".html" : ".txt");
        // Served as a download, never rendered: the HTML of a foreign page must not run in Mufakat's origin.
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name.replace('!', '_'), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(raw.content());
    }

    @PostMapping("/reports/{id}/read-again")
    String readAgain(@PathVariable ReportId id, @RequestParam(required = false) Long version, Model model, HttpServletResponse response) {
        return decide(id, null, model, response, () -> review.readAgain(id, version), "press.readAgain.done");
    }

    @PostMapping("/reports/{id}/facts/{position}/accept")
    String accept(@PathVariable ReportId id, @PathVariable int position, @RequestParam(required = false) Long version, Model model,
                  HttpServletResponse response) {
        return decide(id, position, model, response, () -> review.accept(id, position, version), "press.fact.acceptedNotice");
    }

    @PostMapping("/reports/{id}/facts/{position}/reject")
    String reject(@PathVariable ReportId id, @PathVariable int position, @RequestParam(required = false) Long version, Model model,
                  HttpServletResponse response) {
        return decide(id, position, model, response, () -> review.reject(id, position, version), "press.fact.rejectedNotice");
    }

    @GetMapping("/reports/{id}/facts/{position}/correct")
    String correctForm(@PathVariable ReportId id, @PathVariable int position, Model model) {
        ReportView view = reports.view(id);
        FactView fact = fact(view, position);
        Map<String, String> values = new LinkedHashMap<>(fact.values());
        if (fact.kind() == FactKind.MEETING && fact.match() != null) {
            values.put("meeting", fact.match().id().toString());
        }
        return correction(view, fact, values, Map.of(), model);
    }

    @PostMapping("/reports/{id}/facts/{position}/correct")
    String correct(@PathVariable ReportId id, @PathVariable int position, @RequestParam MultiValueMap<String, String> form, Model model,
                   HttpServletResponse response) {
        ReportView view = reports.view(id);
        FactView fact = fact(view, position);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS.get(fact.kind())) {
            List<String> given = form.get(field);
            if (given != null) {
                values.put(field, String.join(",", given.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList()));
            }
        }
        Long version = parseVersion(form.getFirst("version"));
        try {
            review.correct(id, position, values, version);
            return "redirect:/reports/" + id + "?notice=press.fact.acceptedNotice#fact-" + position;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return correction(view, fact, values, formErrors.of(violation), model);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(reports.view(id), null, Map.of("", List.of(formErrors.message("press.conflict"))), null, model);
        }
    }

    /** An upload beyond the size limits: a clear refusal on the import page, not an error page. */
    @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
    String uploadTooLarge(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        model.addAttribute("errors", Map.of("files", List.of(formErrors.message("press.upload.tooLarge"))));
        return "press/import";
    }

    private String correction(ReportView view, FactView fact, Map<String, String> values, Map<String, List<String>> errors, Model model) {
        model.addAttribute("report", view);
        model.addAttribute("fact", fact);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("series", calendar.series());
        model.addAttribute("meetingFacts", view.facts().stream().filter(f -> f.kind() == FactKind.MEETING).toList());
        model.addAttribute("chosenMeetings", values.get("meetings") == null ? List.of() : List.of(values.get("meetings").split(",")));
        return "press/correct";
    }

    private interface Decision {
        void run();
    }

    private String decide(ReportId id, Integer position, Model model, HttpServletResponse response, Decision decision, String notice) {
        try {
            decision.run();
            return "redirect:/reports/" + id + "?notice=" + notice + (position == null ? "" : "#fact-" + position);
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(reports.view(id), null, formErrors.of(violation), position, model);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(reports.view(id), null, Map.of("", List.of(formErrors.message("press.conflict"))), position, model);
        }
    }

    private String page(ReportView view, String notice, Map<String, List<String>> errors, Integer failedFact, Model model) {
        model.addAttribute("report", view);
        model.addAttribute("notice", notice != null && notice.matches("press\\.[A-Za-z.]+") ? notice : null);
        model.addAttribute("errors", errors);
        model.addAttribute("failedFact", failedFact);
        return "press/report";
    }

    private static FactView fact(ReportView view, int position) {
        return view.facts().stream().filter(f -> f.position() == position).findFirst()
                .orElseThrow(() -> new org.mufakat.platform.domain.NotFound("fact", position));
    }

    private static Long parseVersion(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (RuntimeException e) {
            throw RuleViolation.of("published", "press.published.format", "Write the publication date as YYYY-MM-DD");
        }
    }
}
