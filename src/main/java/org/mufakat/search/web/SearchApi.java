package org.mufakat.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.search.SearchKind;
import org.mufakat.search.SearchQuery;
import org.mufakat.search.SiteSearch;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** Search across meetings, people, documents and press reports, as JSON. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Find meetings, people, documents and reports by words in English or Vietnamese, with or without diacritics")
class SearchApi {

    private final SiteSearch search;

    SearchApi(SiteSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "The best hits for the words, with the matched words marked in the title and a snippet",
            description = "Case and diacritics are ignored (\"Do Hung Viet\" finds \"Đỗ Hùng Việt\"); the last word also matches "
                    + "as a prefix, and close spellings are found through trigrams. Only what the caller may see is counted "
                    + "and returned. 'titleHtml' and 'snippetHtml' are escaped HTML whose only elements are <mark>.")
    @ApiResponse(responseCode = "200", description = "The hits, best first")
    @ApiResponse(responseCode = "422", description = "An empty query, one longer than 200 characters, one without letters or digits, "
            + "an unknown kind or a limit outside 1-100", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    SearchResultsJson search(@RequestParam(required = false) @Parameter(example = "Do Hung Viet") String q,
                             @RequestParam(required = false) @Parameter(description = "meeting, person, document or report") String kind,
                             @RequestParam(defaultValue = "20") @Parameter(description = "1 to 100") int limit,
                             Locale locale) {
        SearchKind chosen = null;
        if (kind != null && !kind.isBlank()) {
            chosen = SearchKind.parse(kind).orElseThrow(() -> RuleViolation.of("kind", "search.kind.unknown",
                    "Search for meeting, person, document or report, not " + kind, kind));
        }
        return SearchResultsJson.of(search.search(new SearchQuery(q, chosen, limit), locale));
    }
}
