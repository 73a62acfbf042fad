package org.mufakat.chair;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.List;

/**
 * Records a year's chair, theme, priorities and initiatives. {@code expectedVersion} is the version the editor
 * loaded (null to open a new year).
 */
public record RecordChairYear(int year, PartyCode chair, LocalizedText theme, List<Priority> priorities,
                              List<Initiative> initiatives, Long expectedVersion) {

    public RecordChairYear {
        var problems = new RuleViolation.Collector();
        problems.check(year >= 1967 && year <= 2200, "year", "chairYear.year.range", "The year must be between 1967 and 2200");
        problems.check(chair != null, "chair", "chairYear.chair.required", "Name the chair");
        problems.throwIfAny();
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
    }
}
