package org.mufakat.meetings;

import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;

import java.util.List;

/** A delegation with the names of its people resolved. */
public record DelegationDetails(DelegationId id, MeetingId meeting, PartyCode party, HeadOfDelegation head, String headName,
                                String authorisedByName, List<Member> members, long version) {

    public record Member(PersonId person, String name, LocalizedText role) {
    }
}
