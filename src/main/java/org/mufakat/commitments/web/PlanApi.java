package org.mufakat.commitments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.commitments.PlanId;
import org.mufakat.commitments.PlanRegister;
import org.mufakat.commitments.PlanSummary;
import org.mufakat.commitments.ReportId;
import org.mufakat.commitments.ReportView;
import org.mufakat.commitments.web.CommitmentRequests.PlanRequest;
import org.mufakat.commitments.web.CommitmentRequests.ProposalRequest;
import org.mufakat.commitments.web.CommitmentRequests.ReportRequest;
import org.mufakat.commitments.web.CommitmentRequests.ReviewRequest;
import org.mufakat.commitments.web.CommitmentsJson.AreaJson;
import org.mufakat.commitments.web.CommitmentsJson.Plan;
import org.mufakat.commitments.web.CommitmentsJson.PlanDetailsJson;
import org.mufakat.commitments.web.CommitmentsJson.Progress;
import org.mufakat.commitments.web.CommitmentsJson.Report;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.NotFound;
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

/** Plans of action and work plans, their implementation reports, partners' proposals, reviews and progress. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Plans of action", description = "Plans of action and work plans, their implementation by year and area")
class PlanApi {

    private final PlanRegister plans;

    PlanApi(PlanRegister plans) {
        this.plans = plans;
    }

    @GetMapping("/plans")
    @Operation(summary = "Every plan of action and work plan")
    List<Plan> plans() {
        return plans.plans().stream().map(Plan::of).toList();
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "A plan with its areas, action lines, proposals and reviews; its ETag is its version")
    ResponseEntity<PlanDetailsJson> plan(@PathVariable UUID id) {
        var details = plans.get(new PlanId(id));
        return ResponseEntity.ok().eTag(ApiInput.etag(details.plan().version())).body(PlanDetailsJson.of(details));
    }

    @PostMapping("/plans")
    @Operation(summary = "Record a plan", description = "Refused (422) when an action line lies outside the plan's areas, an area or "
            + "line is listed twice, the period is reversed or the framework unknown. Record keepers only.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names it")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    ResponseEntity<Plan> record(@RequestBody PlanRequest request) {
        PlanSummary saved = plans.record(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + saved.id())).eTag(ApiInput.etag(saved.version())).body(Plan.of(saved));
    }

    @PutMapping("/plans/{id}")
    @Operation(summary = "Revise a plan: the body replaces its title, period, areas and action lines",
            description = "Needs the version edited ('version' or If-Match). Lines with reports and areas with statements cannot be removed.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
    @ApiResponse(responseCode = "422", description = "Breaks a rule")
    @ApiResponse(responseCode = "428", description = "No version given")
    ResponseEntity<Plan> revise(@PathVariable UUID id, @RequestBody PlanRequest request,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiInput.requiredVersion(request.version(), ifMatch);
        PlanSummary saved = plans.revise(new PlanId(id), request.toCommand(), version);
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(Plan.of(saved));
    }

    @GetMapping("/plans/{id}/progress")
    @Operation(summary = "Progress by area and year: reports serving each area's action lines, by status, and the share completed")
    Progress progress(@PathVariable UUID id) {
        return Progress.of(plans.progress(new PlanId(id)));
    }

    @GetMapping("/plans/{id}/areas/{number}")
    @Operation(summary = "One area drilled down: its action lines with their reports, and partners' proposals under it")
    AreaJson area(@PathVariable UUID id, @PathVariable int number) {
        return AreaJson.of(plans.area(new PlanId(id), number));
    }

    @GetMapping("/plans/{id}/reports")
    @Operation(summary = "The plan's implementation reports, by year")
    List<Report> reports(@PathVariable UUID id) {
        return plans.reports(new PlanId(id)).stream().map(Report::of).toList();
    }

    @PostMapping("/plans/{id}/reports")
    @Operation(summary = "File an implementation report", description = "Refused (422) for a year outside the plan's period, an action "
            + "line the plan does not have, or a party not at the framework's table that year. Record keepers and the party's officers.")
    @ApiResponse(responseCode = "201", description = "Filed")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; nothing is saved")
    ResponseEntity<Report> report(@PathVariable UUID id, @RequestBody ReportRequest request) {
        ReportView saved = plans.report(request.toCommand(new PlanId(id)));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + saved.id())).eTag(ApiInput.etag(saved.version())).body(Report.of(saved));
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "One implementation report; its ETag is its version")
    ResponseEntity<Report> findReport(@PathVariable UUID id) {
        ReportView report = plans.findReport(new ReportId(id)).orElseThrow(() -> new NotFound("implementation report", id));
        return ResponseEntity.ok().eTag(ApiInput.etag(report.version())).body(Report.of(report));
    }

    @PutMapping("/reports/{id}")
    @Operation(summary = "Revise an implementation report (its year, activity, lines, status)", description = "Needs the version edited.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
    ResponseEntity<Report> reviseReport(@PathVariable UUID id, @RequestBody ReportRequest request,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiInput.requiredVersion(request.version(), ifMatch);
        ReportView current = plans.findReport(new ReportId(id)).orElseThrow(() -> new NotFound("implementation report", id));
        ReportView saved = plans.reviseReport(new ReportId(id), request.toCommand(current.plan()), version);
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(Report.of(saved));
    }

    @PostMapping("/plans/{id}/proposals")
    @Operation(summary = "A partner's proposal under one of the plan's areas", description = "Record keepers and the partner's officers.")
    @ApiResponse(responseCode = "422", description = "No such area, a year outside the period, or not a partner at the table")
    PlanDetailsJson propose(@PathVariable UUID id, @RequestBody ProposalRequest request) {
        if (request.area() == null || request.year() == null) {
            throw RuleViolation.of("area", "plan.proposal.noArea", "Name the area and the year", request.area());
        }
        PartyCode party = ApiInput.code("party", request.party(), PartyCode::of);
        if (party == null) {
            throw RuleViolation.of("party", "implementation.party.required", "Say who proposes");
        }
        return PlanDetailsJson.of(plans.propose(new PlanId(id), party, request.area(), request.year(),
                LocalizedText.optional(request.titleEn(), request.titleVi())));
    }

    @PostMapping("/plans/{id}/reviews")
    @Operation(summary = "Record that a meeting reviewed the plan", description = "Record keepers only.")
    PlanDetailsJson review(@PathVariable UUID id, @RequestBody ReviewRequest request) {
        if (request.meeting() == null) {
            throw RuleViolation.of("meeting", "commitments.meeting.unknown", "Name the meeting");
        }
        return PlanDetailsJson.of(plans.review(new PlanId(id), new MeetingId(request.meeting()),
                LocalizedText.optional(request.noteEn(), request.noteVi())));
    }
}
