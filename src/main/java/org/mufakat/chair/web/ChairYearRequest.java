package org.mufakat.chair.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.mufakat.chair.RecordChairYear;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.web.ApiInput;
import org.mufakat.platform.web.Bilingual;

import java.util.List;
import java.util.Objects;

/**
 * What an editor records about a year.
 *
 * @param version the version edited (its ETag); leave it out to open a year not yet on record
 */
record ChairYearRequest(@Schema(example = "VNM") String chair, Bilingual theme, List<ChairYearJson.PriorityJson> priorities,
                        List<ChairYearJson.InitiativeJson> initiatives, Long version) {

    RecordChairYear toCommand(int year, Long editedVersion) {
        return new RecordChairYear(year, ApiInput.code("chair", chair, PartyCode::of), Bilingual.toText(theme),
                priorities == null ? null : priorities.stream()
                        .map(p -> Objects.requireNonNullElse(p, new ChairYearJson.PriorityJson(null, null)).toPriority()).toList(),
                initiatives == null ? null : initiatives.stream()
                        .map(i -> Objects.requireNonNullElse(i, new ChairYearJson.InitiativeJson(null, null)).toInitiative()).toList(),
                editedVersion);
    }
}
