package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;

/** Records the level a partner's relation reached on a date (recording a level again corrects its date). */
public record RecordLevel(PartyCode partner, PartnershipLevel level, LocalDate since, String source, Long expectedVersion) {

    public RecordLevel {
        var problems = new RuleViolation.Collector()
                .check(partner != null, "partner", "relations.partner.required", "Name the partner")
                .check(level != null, "level", "relations.level.required", "Choose the level")
                .check(since != null, "since", "relations.level.since.required", "Give the date the level was reached");
        problems.check(source == null || source.length() <= 500, "source", "relations.source.tooLong", "A source has at most 500 characters");
        problems.throwIfAny();
    }
}
