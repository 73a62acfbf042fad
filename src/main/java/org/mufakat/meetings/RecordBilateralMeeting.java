package org.mufakat.meetings;

import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;

/** Records a bilateral meeting on the sidelines of {@code meeting}; {@code heldOn} may be unknown (null). */
public record RecordBilateralMeeting(MeetingId meeting, LocalDate heldOn, PartyCode party, PersonId person,
                                     PartyCode counterpartParty, PersonId counterpartPerson, LocalizedText subject) {

    public RecordBilateralMeeting {
        var problems = new RuleViolation.Collector();
        problems.check(meeting != null, "meeting", "bilateral.meeting.required", "Name the meeting on whose sidelines it took place");
        problems.check(party != null, "party", "bilateral.party.required", "Name the party");
        problems.check(counterpartParty != null, "counterpartParty", "bilateral.counterpart.required", "Name the counterpart");
        problems.check(party == null || !party.equals(counterpartParty), "counterpartParty", "bilateral.counterpart.same",
                "A bilateral meeting is between two different parties");
        problems.throwIfAny();
    }
}
