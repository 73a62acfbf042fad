package org.mufakat.press.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.press.ExtractionJson;
import org.mufakat.press.RawReport;
import org.mufakat.press.ReportReader;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Reads a news report into the facts it states, without storing anything: the machine-readable contract of the
 * press intake, the same JSON object the command line's {@code extract} prints.
 */
@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Press")
class ArticleApi {

    private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    private final ReportReader reader;

    ArticleApi(ReportReader reader) {
        this.reader = reader;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read a report sent as JSON: { text | html, published, source }",
            description = "Returns language, title, published, meetings, heads_of_delegation, chair_country, document_count, "
                    + "the spans of their sentences in 'text' (the cleaned report) and the fingerprint. Unknown values are null.")
    ResponseEntity<String> read(@RequestBody ArticleRequest request) {
        boolean hasText = request.text() != null && !request.text().isBlank();
        boolean hasHtml = request.html() != null && !request.html().isBlank();
        if (hasText == hasHtml) {
            throw RuleViolation.of(hasText ? "html" : "text", "press.report.text-or-html",
                    hasText ? "Send the report as text or as html, not both" : "Send the report as text or as html");
        }
        byte[] bytes = (hasText ? request.text() : request.html()).getBytes(StandardCharsets.UTF_8);
        return answer(new RawReport(bytes, hasText ? RawReport.MediaType.TEXT : RawReport.MediaType.HTML, request.source(),
                request.published()));
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read a report sent as it is, text/plain or text/html")
    ResponseEntity<String> readRaw(@RequestBody byte[] body, @RequestHeader("Content-Type") String contentType,
                                   @RequestParam(required = false) @Parameter(example = "2024-07-26") LocalDate published,
                                   @RequestParam(required = false) @Parameter(example = "https://vietnamnet.vn/...") String source) {
        return answer(new RawReport(body, RawReport.MediaType.of(contentType), source, published));
    }

    private ResponseEntity<String> answer(RawReport raw) {
        return ResponseEntity.ok().contentType(JSON).body(ExtractionJson.write(reader.read(raw)));
    }
}
