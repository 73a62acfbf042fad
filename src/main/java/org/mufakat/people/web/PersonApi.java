package org.mufakat.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.PersonId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The people on record: find, register, revise. One person with their appearances in delegations is served by the
 * meetings module, which knows both ({@code org.mufakat.meetings.web.PersonAppearancesApi}).
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Heads and members of delegations, with the titles they held over time")
class PersonApi {

    static final int MAX_RESULTS = 100;

    private final PersonDirectory people;

    PersonApi(PersonDirectory people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "Find people by name, ignoring case and diacritics (\"do hung viet\" finds Đỗ Hùng Việt)",
            description = "Best matches first; an empty query finds nobody.")
    List<PersonJson> search(@RequestParam(defaultValue = "") @Parameter(example = "do hung viet") String q,
                            @RequestParam(defaultValue = "20") @Parameter(description = "at most 100") int limit) {
        return people.search(q, Math.min(limit, MAX_RESULTS)).stream().map(PersonJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Register a person")
    @ApiResponse(responseCode = "201", description = "Registered; Location names them")
    @ApiResponse(responseCode = "422", description = "Breaks a rule (no name, unknown party); 'errors' names the fields")
    ResponseEntity<PersonJson> register(@RequestBody PersonRequest request) {
        PersonDetails saved = people.register(request.toCommand(null, null));
        return ResponseEntity.created(URI.create("/api/v1/people/" + saved.id()))
                .eTag(ApiInput.etag(saved.version())).body(PersonJson.of(saved));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a person: name, party and titles",
            description = "Needs the version edited, as 'version' in the body or as If-Match.")
    @ApiResponse(responseCode = "200", description = "Revised")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version; 'changes' lists what changed")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    @ApiResponse(responseCode = "428", description = "No version given")
    ResponseEntity<PersonJson> revise(@PathVariable UUID id, @RequestBody PersonRequest request,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiInput.requiredVersion(request.version(), ifMatch);
        PersonDetails saved = people.register(request.toCommand(new PersonId(id), version));
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(PersonJson.of(saved));
    }
}
