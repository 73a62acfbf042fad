package org.mufakat.meetings;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;

import java.util.List;

/**
 * Registers a party's delegation to a meeting, or recomposes it (with {@code expectedVersion}).
 *
 * @param head null while the head is not known
 */
public record RegisterDelegation(MeetingId meeting, PartyCode party, HeadOfDelegation head, List<DelegationMember> members) {

    public RegisterDelegation {
        var problems = new RuleViolation.Collector();
        problems.check(meeting != null, "meeting", "delegation.meeting.required", "Name the meeting");
        problems.check(party != null, "party", "delegation.party.required", "Name the party the delegation represents");
        problems.throwIfAny();
        members = members == null ? List.of() : List.copyOf(members);
    }
}
