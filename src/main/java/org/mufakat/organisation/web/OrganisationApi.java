package org.mufakat.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.NotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The organisation's reference data: itself, its parties with their dated standing, and its frameworks' tables. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation", description = "The organisation, its parties and the frameworks at whose tables meetings sit")
class OrganisationApi {

    private final Organisation organisation;
    private final Clock clock;

    OrganisationApi(Organisation organisation, Clock clock) {
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/organisation")
    @Operation(summary = "The organisation and the version of its imported definition")
    OrganisationJson organisation() {
        return OrganisationJson.of(organisation.info());
    }

    @GetMapping("/parties")
    @Operation(summary = "Every party: member states, the Secretariat, dialogue partners and other participants")
    List<PartyJson> parties() {
        return organisation.parties().stream().map(PartyJson::of).toList();
    }

    @GetMapping("/parties/{code}")
    @Operation(summary = "One party with its dated memberships and its seats at frameworks' tables")
    PartyDetailsJson party(@PathVariable @Parameter(example = "TLS") String code) {
        if (!PartyCode.isValid(code)) {
            throw new NotFound("party", code);
        }
        PartyCode party = PartyCode.of(code);
        return PartyDetailsJson.of(organisation.party(party), organisation.membershipsOf(party), organisation.seatPeriodsOf(party));
    }

    @GetMapping("/frameworks")
    @Operation(summary = "Every framework (ASEAN, APT, EAS, ARF, ASEAN+1, sub-regional)")
    List<FrameworkJson> frameworks() {
        return organisation.frameworks().stream().map(FrameworkJson::of).toList();
    }

    @GetMapping("/frameworks/{code}")
    @Operation(summary = "One framework with who sits at its table, and in which role, on a date (default today)")
    FrameworkDetailsJson framework(@PathVariable @Parameter(example = "EAS") String code,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   @Parameter(example = "2024-08-21") LocalDate date) {
        if (!FrameworkCode.isValid(code)) {
            throw new NotFound("framework", code);
        }
        FrameworkCode framework = FrameworkCode.of(code);
        LocalDate at = date == null ? LocalDate.now(clock) : date;
        return FrameworkDetailsJson.of(organisation.framework(framework), at, organisation.participantsAt(framework, at),
                organisation::party);
    }
}
