package org.mufakat.relations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.platform.web.ApiInput;
import org.mufakat.relations.MembershipRoadmaps;
import org.mufakat.relations.RoadmapId;
import org.mufakat.relations.RoadmapView;
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

/** Roadmaps to membership and admissions. */
@RestController
@RequestMapping("/api/v1/roadmaps")
@Tag(name = "Roadmaps", description = "Candidates' roadmaps to membership: criteria, legal instruments, reviews, admission")
class RoadmapApi {

    private final MembershipRoadmaps roadmaps;

    RoadmapApi(MembershipRoadmaps roadmaps) {
        this.roadmaps = roadmaps;
    }

    @GetMapping
    @Operation(summary = "Every roadmap to membership")
    List<RoadmapJson> roadmaps() {
        return roadmaps.all().stream().map(RoadmapJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One roadmap; its ETag is its version")
    ResponseEntity<RoadmapJson> roadmap(@PathVariable UUID id) {
        RoadmapView roadmap = roadmaps.roadmap(new RoadmapId(id));
        return ResponseEntity.ok().eTag(ApiInput.etag(roadmap.version())).body(RoadmapJson.of(roadmap));
    }

    @PostMapping
    @Operation(summary = "Record a candidate's roadmap", description = "Refused (422) when the candidate is a member when it begins, "
            + "already has one, or a review names an unknown meeting.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names it")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    ResponseEntity<RoadmapJson> open(@RequestBody RoadmapJson.Request request) {
        RoadmapView saved = roadmaps.open(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/roadmaps/" + saved.id())).eTag(ApiInput.etag(saved.version()))
                .body(RoadmapJson.of(saved));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a roadmap: the body replaces criteria, instruments and reviews",
            description = "Needs the version edited, as 'version' in the body or as If-Match.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    @ApiResponse(responseCode = "428", description = "No version given")
    ResponseEntity<RoadmapJson> revise(@PathVariable UUID id, @RequestBody RoadmapJson.Request request,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        RoadmapView saved = roadmaps.revise(new RoadmapId(id), request.toCommand(), ApiInput.requiredVersion(request.version(), ifMatch));
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(RoadmapJson.of(saved));
    }

    @PostMapping("/{id}/admission")
    @Operation(summary = "Record the candidate's admission as a member on a date (again: corrects the date)",
            description = "From that day the organisation counts it as a member everywhere. Administrators and the ASEAN Secretariat "
                    + "only. Refused (422) when the date is before the roadmap began.")
    @ApiResponse(responseCode = "200", description = "Recorded")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    ResponseEntity<RoadmapJson> admit(@PathVariable UUID id, @RequestBody RoadmapJson.AdmissionRequest request) {
        RoadmapView saved = roadmaps.admit(new RoadmapId(id), request.admittedOn());
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(RoadmapJson.of(saved));
    }
}
