package org.mufakat.commitments;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

/**
 * An initiative as proposed: by a member ({@code proposer}) or by the Chair of the year ({@code byChair}), never both,
 * first recorded at the given occasion
 * (where it was proposed, or the earliest later occasion known).
 */
public record ProposeInitiative(LocalizedText title, LocalizedText description, PartyCode proposer, boolean byChair, int year,
                                InitiativeOccasion raised) {

    public ProposeInitiative {
        var problems = new RuleViolation.Collector();
        problems.check(title != null, "title", "initiative.title.required", "An initiative needs a title");
        problems.check((proposer != null) != byChair, "proposer", "initiative.proposer.one",
                "An initiative is proposed by a member or by the Chair of the year: say which");
        problems.check(year >= 1967 && year <= 2200, "year", "initiative.year.range", "The year is between 1967 and 2200");
        problems.check(raised != null, "raised", "initiative.raised.required", "Say where the initiative was first raised");
        problems.throwIfAny();
    }
}
