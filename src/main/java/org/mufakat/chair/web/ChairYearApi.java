package org.mufakat.chair.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.chair.ChairYearDetails;
import org.mufakat.chair.Chairmanship;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.ApiInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Who chairs which year, with theme, priorities and initiatives, and what the rotation rule says about it. */
@RestController
@RequestMapping("/api/v1/chair-years")
@Tag(name = "Chair years", description = "The yearly chairmanship and the rotation rule (ASEAN Charter, Art. 31)")
class ChairYearApi {

    /** The longest rotation table one request may ask for. */
    static final int MAX_ROTATION_YEARS = 200;

    private final Chairmanship chairmanship;

    ChairYearApi(Chairmanship chairmanship) {
        this.chairmanship = chairmanship;
    }

    @GetMapping
    @Operation(summary = "Every chair year on record, oldest first")
    List<ChairYearJson> chairYears() {
        return chairmanship.chairYears().stream().map(ChairYearJson::of).toList();
    }

    @GetMapping("/{year}")
    @Operation(summary = "One chair year; its ETag is the version to send back when editing it")
    ResponseEntity<ChairYearJson> chairYear(@PathVariable @Parameter(example = "2024") int year) {
        ChairYearDetails details = chairmanship.chairYear(year).orElseThrow(() -> new NotFound("chair year", year));
        return ResponseEntity.ok().eTag(ApiInput.etag(details.version())).body(ChairYearJson.of(details));
    }

    @PutMapping("/{year}")
    @Operation(summary = "Record a year's chair, theme, priorities and initiatives",
            description = "Opens the year when it is not on record (201); revises it otherwise (200), which needs the version "
                    + "edited, as 'version' in the body or as If-Match. The chair must be a member on 1 January of the year.")
    @ApiResponse(responseCode = "200", description = "Revised")
    @ApiResponse(responseCode = "201", description = "Opened")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version edited; lists the changes")
    @ApiResponse(responseCode = "422", description = "Breaks a rule, e.g. the chair is not a member; 'errors' names the fields")
    ResponseEntity<ChairYearJson> record(@PathVariable @Parameter(example = "2031") int year, @RequestBody ChairYearRequest request,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long version = ApiInput.editedVersion(request.version(), ifMatch);
        boolean opening = chairmanship.chairYear(year).isEmpty();
        ChairYearDetails saved = chairmanship.record(request.toCommand(year, version));
        var response = opening ? ResponseEntity.created(URI.create("/api/v1/chair-years/" + year)) : ResponseEntity.ok();
        return response.eTag(ApiInput.etag(saved.version())).body(ChairYearJson.of(saved));
    }

    @GetMapping("/rotation")
    @Operation(summary = "The rotation rule's verdict for each year beside the chair on record",
            description = "Defaults: the last ten years to five years ahead. A departure is explained when a recorded decision "
                    + "(a turn given up, an extended term, a swap) accounts for it.")
    List<RotationRowJson> rotation(@RequestParam(required = false) @Parameter(example = "2015") Integer from,
                                   @RequestParam(required = false) @Parameter(example = "2027") Integer to) {
        int first = from != null ? from : chairmanship.currentYear() - 10;
        int last = to != null ? to : chairmanship.currentYear() + 5;
        var problems = new RuleViolation.Collector();
        problems.check(last >= first, "to", "rotation.range.reversed", "The range ends before it starts");
        problems.check((long) last - first < MAX_ROTATION_YEARS, "to", "rotation.range.tooLong",
                "Ask for at most " + MAX_ROTATION_YEARS + " years at once", MAX_ROTATION_YEARS);
        problems.throwIfAny();
        return chairmanship.rotation(first, last).stream().map(RotationRowJson::of).toList();
    }
}
