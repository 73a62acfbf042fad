package org.mufakat.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.meetings.Level;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDetails;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.web.ApiInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The calendar of meetings: list, read, schedule, revise. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Meeting series, the calendar of meetings and how they prepare one another")
class MeetingApi {

    private final MeetingCalendar calendar;
    private final Clock clock;

    MeetingApi(MeetingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Meetings overlapping a range of dates, optionally of one framework, level, status or attending party",
            description = "Defaults: the current calendar year, page 0 of 500. 'framework' is a code or a family (\"ASEAN+1\"; "
                    + "encode '+' as %2B in a query string). 'country' lists the meetings a party attends: by a recorded "
                    + "delegation or by its seat at the framework's table.")
    MeetingPageJson meetings(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             @Parameter(example = "2024-01-01") LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             @Parameter(example = "2024-12-31") LocalDate to,
                             @RequestParam(required = false) @Parameter(example = "ASEAN") String framework,
                             @RequestParam(required = false) Level level,
                             @RequestParam(required = false) @Parameter(example = "VNM") String country,
                             @RequestParam(required = false) MeetingStatus status,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "500") int size) {
        int year = from != null ? from.getYear() : to != null ? to.getYear() : LocalDate.now(clock).getYear();
        return MeetingPageJson.of(calendar.meetings(new MeetingFilter(
                from != null ? from : LocalDate.of(year, 1, 1), to != null ? to : LocalDate.of(year, 12, 31), framework, level,
                ApiInput.code("country", country, PartyCode::of), status, page, size)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting with its preparation chains, bundle, delegations and bilaterals; its ETag is its version")
    ResponseEntity<MeetingDetailsJson> meeting(@PathVariable UUID id) {
        MeetingDetails details = calendar.get(new MeetingId(id));
        return ResponseEntity.ok().eTag(ApiInput.etag(details.meeting().version())).body(MeetingDetailsJson.of(details));
    }

    @PostMapping
    @Operation(summary = "Schedule a meeting",
            description = "Refused (422, with the fields in 'errors') when it ends before it starts, its ordinal is already used "
                    + "in the series, its chair is not a member at its start, or it names an unknown series, framework, bundle "
                    + "or meeting it prepares.")
    @ApiResponse(responseCode = "201", description = "Scheduled; Location names it")
    @ApiResponse(responseCode = "400", description = "The body is not JSON or a field has the wrong type")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    ResponseEntity<MeetingJson> schedule(@RequestBody MeetingRequest request) {
        MeetingSummary saved = calendar.schedule(request.toPlan());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + saved.id()))
                .eTag(ApiInput.etag(saved.version())).body(MeetingJson.of(saved));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a meeting: the body replaces everything the editor decides about it",
            description = "Needs the version edited, as 'version' in the body or as If-Match (the ETag of the GET).")
    @ApiResponse(responseCode = "200", description = "Revised")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version; 'changes' lists what changed")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    @ApiResponse(responseCode = "428", description = "No version given")
    ResponseEntity<MeetingJson> revise(@PathVariable UUID id, @RequestBody MeetingRequest request,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiInput.requiredVersion(request.version(), ifMatch);
        MeetingSummary saved = calendar.revise(new MeetingId(id), request.toPlan(), version);
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(MeetingJson.of(saved));
    }
}
