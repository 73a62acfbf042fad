package org.mufakat.outputs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.meetings.MeetingId;
import org.mufakat.outputs.MeetingOutcomes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A meeting's outcome list as JSON (the page and the DOCX, PDF and CSV downloads live at /meetings/{id}/outcomes). */
@RestController
@Tag(name = "Outputs", description = "Outcome lists and the Chair's press release of a meeting")
class OutcomeApi {

    private final MeetingOutcomes outcomes;

    OutcomeApi(MeetingOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping("/api/v1/meetings/{id}/outcomes")
    @Operation(summary = "What the meeting adopted, noted, signed or issued, as far as the caller may see",
            description = "Each outcome names the document's symbol, kind, bilingual title, the decision and the version it applies to.")
    OutcomeListJson outcomes(@PathVariable UUID id) {
        return OutcomeListJson.of(outcomes.of(new MeetingId(id)));
    }
}
