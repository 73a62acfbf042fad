package org.mufakat.outputs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.meetings.MeetingId;
import org.mufakat.outputs.PressReleaseDesk;
import org.mufakat.outputs.PressReleaseText;
import org.mufakat.outputs.PressReleaseView;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.web.ApiInput;
import org.mufakat.platform.web.Bilingual;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The Chair's press release of a meeting: read, assemble a draft from the record, save, issue. */
@RestController
@RequestMapping("/api/v1/meetings/{id}/press-release")
@Tag(name = "Outputs", description = "Outcome lists and the Chair's press release of a meeting")
class PressReleaseApi {

    private final PressReleaseDesk desk;

    PressReleaseApi(PressReleaseDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    @Operation(summary = "The meeting's press release: an issued one for everybody, a draft only for its drafters (404 to anyone else)")
    ResponseEntity<PressReleaseJson> pressRelease(@PathVariable UUID id) {
        PressReleaseView view = desk.find(new MeetingId(id)).orElseThrow(() -> new NotFound("press release of meeting", id));
        return ResponseEntity.ok().eTag(ApiInput.etag(view.version())).body(PressReleaseJson.of(view));
    }

    @GetMapping("/assembled")
    @Operation(summary = "A fresh draft assembled from the meeting's record, in English and Vietnamese; nothing is stored",
            description = "For the year's Chair secretariat and the record keepers.")
    AssembledJson assembled(@PathVariable UUID id) {
        PressReleaseText text = desk.assemble(new MeetingId(id));
        return new AssembledJson(new Bilingual(text.titleEn(), text.titleVi()), new Bilingual(text.bodyEn(), text.bodyVi()));
    }

    record AssembledJson(Bilingual title, Bilingual body) {
    }

    @PutMapping
    @Operation(summary = "Save the draft: the first one without a version, later ones with the version edited (body or If-Match)")
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "409", description = "Changed (or first drafted) by someone else since; 'changes' lists what changed")
    @ApiResponse(responseCode = "422", description = "A text is missing or too long, or the release was issued; 'errors' names the fields")
    ResponseEntity<PressReleaseJson> save(@PathVariable UUID id, @RequestBody PressReleaseRequest request,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PressReleaseView saved = desk.save(new MeetingId(id), request.toText(), ApiInput.editedVersion(request.version(), ifMatch));
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(PressReleaseJson.of(saved));
    }

    @PostMapping("/issue")
    @Operation(summary = "Issue the version read (If-Match); from then on it is public and never changes")
    @ApiResponse(responseCode = "409", description = "The draft changed since that version")
    @ApiResponse(responseCode = "428", description = "No version given")
    ResponseEntity<PressReleaseJson> issue(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PressReleaseView issued = desk.issue(new MeetingId(id), ApiInput.requiredVersion(null, ifMatch));
        return ResponseEntity.ok().eTag(ApiInput.etag(issued.version())).body(PressReleaseJson.of(issued));
    }
}
