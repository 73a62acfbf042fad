package org.mufakat.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.meetings.DelegationDetails;
import org.mufakat.meetings.DelegationId;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.web.ApiInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

/** Who came to which meeting: delegations with their heads and members, and bilateral meetings on the sidelines. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Delegations", description = "Delegations to meetings, their heads and members, and bilateral meetings on the sidelines")
class DelegationApi {

    private final DelegationRegister register;
    private final MeetingCalendar calendar;

    DelegationApi(DelegationRegister register, MeetingCalendar calendar) {
        this.register = register;
        this.calendar = calendar;
    }

    @GetMapping("/meetings/{id}/delegations")
    @Operation(summary = "The delegations to a meeting, in the alphabetical order of their parties")
    List<DelegationJson> delegations(@PathVariable UUID id) {
        return register.at(existing(id)).stream().map(DelegationJson::of).toList();
    }

    @PostMapping("/meetings/{id}/delegations")
    @Operation(summary = "Register a party's delegation to a meeting",
            description = "Refused (422) when the party does not sit at the table of the meeting's framework at its start, "
                    + "already has a delegation there, or a person named is not on record.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names it")
    @ApiResponse(responseCode = "404", description = "No such meeting")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    ResponseEntity<DelegationJson> register(@PathVariable UUID id, @RequestBody DelegationRequest request) {
        DelegationDetails saved = register.register(request.toCommand(new MeetingId(id)));
        return ResponseEntity.created(URI.create("/api/v1/delegations/" + saved.id()))
                .eTag(ApiInput.etag(saved.version())).body(DelegationJson.of(saved));
    }

    @GetMapping("/delegations/{id}")
    @Operation(summary = "One delegation; its ETag is its version")
    ResponseEntity<DelegationJson> delegation(@PathVariable UUID id) {
        DelegationDetails delegation = find(id);
        return ResponseEntity.ok().eTag(ApiInput.etag(delegation.version())).body(DelegationJson.of(delegation));
    }

    @PutMapping("/delegations/{id}")
    @Operation(summary = "Recompose a delegation: its head and members",
            description = "Needs the version edited, as 'version' in the body or as If-Match. A delegation keeps its meeting and party.")
    @ApiResponse(responseCode = "200", description = "Recomposed")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version; 'changes' lists what changed")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    @ApiResponse(responseCode = "428", description = "No version given")
    ResponseEntity<DelegationJson> recompose(@PathVariable UUID id, @RequestBody DelegationRequest request,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiInput.requiredVersion(request.version(), ifMatch);
        DelegationDetails current = find(id);
        DelegationDetails saved = register.recompose(current.id(), request.toCommand(current.meeting(), current.party()), version);
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(DelegationJson.of(saved));
    }

    @GetMapping("/meetings/{id}/bilaterals")
    @Operation(summary = "The bilateral meetings on the sidelines of a meeting")
    List<BilateralJson> bilaterals(@PathVariable UUID id) {
        return register.bilateralsAt(existing(id)).stream().map(BilateralJson::of).toList();
    }

    @PostMapping("/meetings/{id}/bilaterals")
    @Operation(summary = "Record a bilateral meeting on the sidelines of a meeting",
            description = "Refused (422) for the same party on both sides, an unknown party or person, or a day outside the meeting's dates.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "404", description = "No such meeting")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    ResponseEntity<BilateralJson> recordBilateral(@PathVariable UUID id, @RequestBody BilateralRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(BilateralJson.of(register.recordBilateral(request.toCommand(new MeetingId(id)))));
    }

    private MeetingId existing(UUID id) {
        MeetingId meeting = new MeetingId(id);
        calendar.summary(meeting).orElseThrow(() -> new NotFound("meeting", meeting));
        return meeting;
    }

    private DelegationDetails find(UUID id) {
        DelegationId delegation = new DelegationId(id);
        return register.find(delegation).orElseThrow(() -> new NotFound("delegation", delegation));
    }
}
