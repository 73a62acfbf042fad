package org.mufakat.commitments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.commitments.InitiativeId;
import org.mufakat.commitments.InitiativeRegister;
import org.mufakat.commitments.InitiativeView;
import org.mufakat.commitments.web.CommitmentRequests.InitiativeRequest;
import org.mufakat.commitments.web.CommitmentRequests.InitiativeRevisionRequest;
import org.mufakat.commitments.web.CommitmentRequests.OccasionRequest;
import org.mufakat.commitments.web.CommitmentRequests.SupportRequest;
import org.mufakat.commitments.web.CommitmentsJson.Initiative;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.ApiInput;
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

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Members' and Chairs' initiatives and what became of them. */
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Members' and Chairs' initiatives: where raised, welcomed, held; who supports them")
class InitiativeApi {

    private final InitiativeRegister initiatives;

    InitiativeApi(InitiativeRegister initiatives) {
        this.initiatives = initiatives;
    }

    @GetMapping
    @Operation(summary = "Every initiative, latest year first")
    List<Initiative> initiatives() {
        return initiatives.initiatives().stream().map(Initiative::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One initiative with its history and supporters; its ETag is its version")
    ResponseEntity<Initiative> initiative(@PathVariable UUID id) {
        InitiativeView view = initiatives.get(new InitiativeId(id));
        return ResponseEntity.ok().eTag(ApiInput.etag(view.version())).body(Initiative.of(view));
    }

    @PostMapping
    @Operation(summary = "Record an initiative with the occasion it was first raised at", description = "Proposed by a member "
            + "('proposer') or by the Chair of the year ('byChair'). Record keepers, the year's chair secretariat, the proposer's officers.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "422", description = "Breaks a rule")
    ResponseEntity<Initiative> propose(@RequestBody InitiativeRequest request) {
        InitiativeView saved = initiatives.propose(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/initiatives/" + saved.id())).eTag(ApiInput.etag(saved.version()))
                .body(Initiative.of(saved));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct the initiative's title, description, proposer and year",
            description = "Needs the version edited ('version' or If-Match). The year cannot lie after the first occasion; who revises "
                    + "must be allowed to record the initiative both as it was and as it becomes. Occasions and supporters stay.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; nothing is saved")
    ResponseEntity<Initiative> revise(@PathVariable UUID id, @RequestBody InitiativeRevisionRequest request,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiInput.requiredVersion(request.version(), ifMatch);
        InitiativeView saved = initiatives.revise(new InitiativeId(id), request.toCommand(), version);
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(Initiative.of(saved));
    }

    @PostMapping("/{id}/occasions")
    @Operation(summary = "Record where the initiative was raised again, welcomed, endorsed or held; its status follows",
            description = "Needs the version edited. Refused when the status would go back.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
    @ApiResponse(responseCode = "422", description = "Breaks a rule")
    ResponseEntity<Initiative> occasion(@PathVariable UUID id, @RequestBody OccasionRequest request,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiInput.requiredVersion(request.version(), ifMatch);
        InitiativeView saved = initiatives.record(new InitiativeId(id), request.toOccasion(), version);
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(Initiative.of(saved));
    }

    @PostMapping("/{id}/supporters")
    @Operation(summary = "Record that a member voiced support", description = "Also the supporting member's own officers.")
    Initiative support(@PathVariable UUID id, @RequestBody SupportRequest request) {
        PartyCode party = ApiInput.code("party", request.party(), PartyCode::of);
        if (party == null) {
            throw RuleViolation.of("party", "implementation.party.required", "Say who supports");
        }
        return Initiative.of(initiatives.support(new InitiativeId(id), party, request.meeting() == null ? null : new MeetingId(request.meeting())));
    }
}
