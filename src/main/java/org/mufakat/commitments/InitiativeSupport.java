package org.mufakat.commitments;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.springframework.data.relational.core.mapping.Table;

/** A member that voiced support for an initiative, and where, if recorded. */
@Table("initiative_support")
public record InitiativeSupport(PartyCode partyCode, MeetingId meetingId) {

    public InitiativeSupport {
        if (partyCode == null) {
            throw new IllegalArgumentException("Say who supports the initiative");
        }
    }
}
