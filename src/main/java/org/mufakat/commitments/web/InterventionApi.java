package org.mufakat.commitments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.commitments.InterventionId;
import org.mufakat.commitments.InterventionRegister;
import org.mufakat.commitments.InterventionView;
import org.mufakat.commitments.web.CommitmentRequests.InterventionRequest;
import org.mufakat.commitments.web.CommitmentRequests.InterventionRevisionRequest;
import org.mufakat.commitments.web.CommitmentsJson.Intervention;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.ApiInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Heads of delegation's statements at meetings, point by point. */
@RestController
@RequestMapping("/api/v1/interventions")
@Tag(name = "Interventions", description = "Heads of delegation's statements, tagged to issues, initiatives and plan areas")
class InterventionApi {

    private final InterventionRegister interventions;

    InterventionApi(InterventionRegister interventions) {
        this.interventions = interventions;
    }

    @GetMapping
    @Operation(summary = "Statements at a meeting ('meeting') or by a country's heads ('country'), oldest first")
    List<Intervention> interventions(@RequestParam(required = false) UUID meeting, @RequestParam(required = false) String country) {
        if ((meeting == null) == (country == null || country.isBlank())) {
            throw RuleViolation.of("meeting", "intervention.filter.one", "Ask for the statements of one meeting or of one country");
        }
        List<InterventionView> found = meeting != null ? interventions.atMeeting(new MeetingId(meeting))
                : interventions.ofParty(ApiInput.code("country", country, PartyCode::of)).reversed();
        return found.stream().map(Intervention::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One statement; its ETag is its version")
    ResponseEntity<Intervention> intervention(@PathVariable UUID id) {
        InterventionView view = interventions.find(new InterventionId(id)).orElseThrow(() -> new NotFound("intervention", id));
        return ResponseEntity.ok().eTag(ApiInput.etag(view.version())).body(Intervention.of(view));
    }

    @PostMapping
    @Operation(summary = "Record a head of delegation's statement", description = "Without 'person', the head of the party's recorded "
            + "delegation. Refused (422) when the party does not sit at the meeting's table or a tag names nothing known. Record keepers "
            + "and the party's officers.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; nothing is saved")
    ResponseEntity<Intervention> record(@RequestBody InterventionRequest request) {
        InterventionView saved = interventions.record(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + saved.id())).body(Intervention.of(saved));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a statement: its speaker and its points with their tags, as they should stand",
            description = "Needs the version edited ('version' or If-Match). Without 'person' the statement names nobody. The meeting "
                    + "and party stay. Record keepers and the party's officers.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; nothing is saved")
    ResponseEntity<Intervention> revise(@PathVariable UUID id, @RequestBody InterventionRevisionRequest request,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiInput.requiredVersion(request.version(), ifMatch);
        InterventionView saved = interventions.revise(new InterventionId(id), request.toCommand(), version);
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(Intervention.of(saved));
    }
}
