package org.mufakat.commitments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.commitments.IssueRegister;
import org.mufakat.commitments.IssueView;
import org.mufakat.commitments.web.CommitmentRequests.IssueRequest;
import org.mufakat.commitments.web.CommitmentRequests.OutcomeRequest;
import org.mufakat.commitments.web.CommitmentsJson.Issue;
import org.mufakat.commitments.web.CommitmentsJson.Timeline;
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

/** Standing issues and their timelines across meetings. */
@RestController
@RequestMapping("/api/v1/issues")
@Tag(name = "Standing issues", description = "Issues meetings keep returning to, with statements and outcomes on them")
class IssueApi {

    private final IssueRegister issues;

    IssueApi(IssueRegister issues) {
        this.issues = issues;
    }

    @GetMapping
    @Operation(summary = "Every standing issue")
    List<Issue> issues() {
        return issues.issues().stream().map(Issue::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One issue with its timeline: statements on it, outcome paragraphs addressing it and reports naming it, oldest first")
    ResponseEntity<Timeline> issue(@PathVariable String code) {
        var timeline = issues.timeline(code);
        return ResponseEntity.ok().eTag(ApiInput.etag(timeline.issue().version())).body(Timeline.of(timeline));
    }

    @PostMapping
    @Operation(summary = "Record a standing issue", description = "Record keepers only.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "422", description = "A malformed or taken code, or no title")
    ResponseEntity<Issue> open(@RequestBody IssueRequest request) {
        IssueView saved = issues.open(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/issues/" + saved.code())).eTag(ApiInput.etag(saved.version())).body(Issue.of(saved));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Revise a standing issue's title, description and the phrases reports name it by",
            description = "The code stays. Needs the version edited (If-Match or version). Record keepers only.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
    @ApiResponse(responseCode = "422", description = "No title, or a phrase too short or too long")
    ResponseEntity<Issue> revise(@PathVariable String code, @RequestBody IssueRequest request,
                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiInput.requiredVersion(request.version(), ifMatch);
        IssueView saved = issues.revise(code, request.toRevision(), version);
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(Issue.of(saved));
    }

    @PostMapping("/{code}/outcomes")
    @Operation(summary = "Reference an outcome paragraph addressing the issue, by its document's symbol (linked where the documents module has it) or title",
            description = "Needs the version edited. Record keepers only.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
    ResponseEntity<Issue> outcome(@PathVariable String code, @RequestBody OutcomeRequest request,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiInput.requiredVersion(request.version(), ifMatch);
        IssueView saved = issues.reference(code, request.toReference(), version);
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(Issue.of(saved));
    }
}
