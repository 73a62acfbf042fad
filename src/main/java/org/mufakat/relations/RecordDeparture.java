package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.Period;
import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;

/** Records a decision that departs from the rotation: this member coordinates that partner over these days. */
public record RecordDeparture(PartyCode partner, PartyCode coordinator, LocalDate from, LocalDate to, LocalizedText note) {

    public RecordDeparture {
        new RuleViolation.Collector()
                .check(partner != null, "partner", "relations.partner.required", "Name the partner")
                .check(coordinator != null, "coordinator", "relations.coordinator.required", "Name the coordinator")
                .check(from != null, "from", "relations.departure.from.required", "Give the first day")
                .check(to != null, "to", "relations.departure.to.required", "Give the last day")
                .check(from == null || to == null || !to.isBefore(from), "to", "relations.departure.endsBeforeStart",
                        "The period ends before it starts")
                .throwIfAny();
    }

    public Period period() {
        return new Period(from, to);
    }
}
