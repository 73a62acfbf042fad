package org.mufakat.commitments;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

/**
 * A correction of what was recorded of an initiative's proposal: its title, description, proposer (a member, or the
 * Chair of the year when {@code byChair}, never both) and year. Its occasions and supporters are recorded apart.
 */
public record ReviseInitiative(LocalizedText title, LocalizedText description, PartyCode proposer, boolean byChair, int year) {

    public ReviseInitiative {
        var problems = new RuleViolation.Collector();
        problems.check(title != null, "title", "initiative.title.required", "An initiative needs a title");
        problems.check((proposer != null) != byChair, "proposer", "initiative.proposer.one",
                "An initiative is proposed by a member or by the Chair of the year: say which");
        problems.check(year >= 1967 && year <= 2200, "year", "initiative.year.range", "The year is between 1967 and 2200");
        problems.throwIfAny();
    }
}
