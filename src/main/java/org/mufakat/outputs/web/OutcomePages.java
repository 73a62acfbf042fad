package org.mufakat.outputs.web;

import org.mufakat.meetings.MeetingId;
import org.mufakat.outputs.CsvRenderer;
import org.mufakat.outputs.DocxRenderer;
import org.mufakat.outputs.MeetingOutcomes;
import org.mufakat.outputs.OutcomeList;
import org.mufakat.outputs.PdfRenderer;
import org.mufakat.outputs.PressReleaseDesk;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A meeting's outcome list as a page and as Word, PDF and CSV downloads, and the outputs panel that the meeting page
 * loads by htmx (so meetings need not know of outputs).
 */
@Controller
class OutcomePages {

    private final MeetingOutcomes outcomes;
    private final PressReleaseDesk pressReleases;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;
    private final CsvRenderer csv;

    OutcomePages(MeetingOutcomes outcomes, PressReleaseDesk pressReleases, DocxRenderer docx, PdfRenderer pdf, CsvRenderer csv) {
        this.outcomes = outcomes;
        this.pressReleases = pressReleases;
        this.docx = docx;
        this.pdf = pdf;
        this.csv = csv;
    }

    @GetMapping("/meetings/{id}/outputs")
    String panel(@PathVariable MeetingId id, Model model) {
        model.addAttribute("meeting", id);
        model.addAttribute("pressRelease", pressReleases.find(id).orElse(null));
        model.addAttribute("mayDraft", pressReleases.mayDraft(id));
        return "outputs/panel :: panel";
    }

    @GetMapping("/meetings/{id}/outcomes")
    String page(@PathVariable MeetingId id, Model model) {
        model.addAttribute("meeting", id);
        model.addAttribute("list", outcomes.of(id));
        return "outputs/outcomes";
    }

    @GetMapping("/meetings/{id}/outcomes.docx")
    ResponseEntity<byte[]> word(@PathVariable MeetingId id, Locale locale) {
        OutcomeList list = outcomes.of(id);
        return download(docx.render(list, locale), DocxRenderer.MEDIA_TYPE, list, "docx");
    }

    @GetMapping("/meetings/{id}/outcomes.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable MeetingId id, Locale locale) {
        OutcomeList list = outcomes.of(id);
        return download(pdf.render(list, locale), PdfRenderer.MEDIA_TYPE, list, "pdf");
    }

    @GetMapping("/meetings/{id}/outcomes.csv")
    ResponseEntity<byte[]> csv(@PathVariable MeetingId id, Locale locale) {
        OutcomeList list = outcomes.of(id);
        return download(csv.render(list, locale), CsvRenderer.MEDIA_TYPE, list, "csv");
    }

    /** "outcomes-2024-07-25.csv": a file name that survives every download folder and mail client. */
    static ResponseEntity<byte[]> download(byte[] bytes, String mediaType, OutcomeList list, String extension) {
        String name = "outcomes-" + list.startDate() + "." + extension;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
