package org.mufakat.relations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.web.ApiInput;
import org.mufakat.relations.CountryCoordination;
import org.mufakat.relations.DialogueRelations;
import org.mufakat.relations.RecordDeparture;
import org.mufakat.relations.RecordLevel;
import org.mufakat.relations.RelationView;
import org.mufakat.platform.web.Bilingual;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** Dialogue relations with their levels and anniversaries; country coordinators. */
@RestController
@Tag(name = "Relations", description = "Dialogue relations, their levels and anniversaries; country coordinators")
class RelationsApi {

    private final DialogueRelations relations;
    private final CountryCoordination coordination;
    private final Clock clock;

    RelationsApi(DialogueRelations relations, CountryCoordination coordination, Clock clock) {
        this.relations = relations;
        this.coordination = coordination;
        this.clock = clock;
    }

    @GetMapping("/api/v1/relations")
    @Operation(summary = "Every dialogue partner with its relation's levels, and this year's round anniversaries")
    RelationsJson.Relations relations() {
        LocalDate today = LocalDate.now(clock);
        return new RelationsJson.Relations(relations.all().stream().map(r -> RelationsJson.Relation.of(r, today)).toList(),
                relations.anniversariesIn(today.getYear()).stream().map(RelationsJson.AnniversaryJson::of).toList());
    }

    @GetMapping("/api/v1/relations/{partner}")
    @Operation(summary = "One partner's relation; its ETag is its version")
    @ApiResponse(responseCode = "404", description = "Not a dialogue partner")
    ResponseEntity<RelationsJson.Relation> relation(@PathVariable String partner) {
        RelationView relation = relations.relation(ApiInput.code("partner", partner, PartyCode::of));
        return ResponseEntity.ok().eTag(ApiInput.etag(relation.version())).body(RelationsJson.Relation.of(relation, LocalDate.now(clock)));
    }

    @PostMapping("/api/v1/relations/{partner}/levels")
    @Operation(summary = "Record the level the relation reached on a date (again for the same level: corrects its date)",
            description = "Refused (422) when a higher level would precede a lower one, or the party is not a dialogue partner; "
                    + "409 when 'version' (or If-Match) is not the current one.")
    @ApiResponse(responseCode = "200", description = "Recorded")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    ResponseEntity<RelationsJson.Relation> recordLevel(@PathVariable String partner, @RequestBody RelationsJson.LevelRequest request,
                                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        RelationView saved = relations.recordLevel(new RecordLevel(ApiInput.code("partner", partner, PartyCode::of), request.level(),
                request.since(), request.source(), ApiInput.editedVersion(request.version(), ifMatch)));
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(RelationsJson.Relation.of(saved, LocalDate.now(clock)));
    }

    @GetMapping("/api/v1/coordinators")
    @Operation(summary = "Country coordinators per partner and term: past, current and forecast terms")
    RelationsJson.Table coordinators() {
        return RelationsJson.Table.of(coordination.table());
    }

    @GetMapping("/api/v1/coordinators/{partner}")
    @Operation(summary = "Who coordinates the relations with the partner on a date (default: today)")
    @ApiResponse(responseCode = "404", description = "No coordinator known at that date")
    ResponseEntity<RelationsJson.CoordinatorshipJson> coordinator(@PathVariable String partner,
                                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return coordination.coordinatorAt(ApiInput.code("partner", partner, PartyCode::of), date == null ? LocalDate.now(clock) : date)
                .map(c -> ResponseEntity.ok(RelationsJson.CoordinatorshipJson.of(c)))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/api/v1/coordinators/decisions")
    @Operation(summary = "Record a decision departing from the rotation: the member coordinates the partner over the days",
            description = "Refused (422) when the coordinator is not a member throughout, the party is no dialogue partner, or "
                    + "another decision already covers some of the days for that partner.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    ResponseEntity<RelationsJson.CoordinatorshipJson> recordDecision(@RequestBody RelationsJson.DecisionRequest request) {
        var saved = coordination.recordDeparture(new RecordDeparture(ApiInput.code("partner", request.partner(), PartyCode::of),
                ApiInput.code("coordinator", request.coordinator(), PartyCode::of), request.from(), request.to(),
                Bilingual.toText(request.note())));
        return ResponseEntity.status(HttpStatus.CREATED).body(RelationsJson.CoordinatorshipJson.of(saved));
    }
}
