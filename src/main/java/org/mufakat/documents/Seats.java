package org.mufakat.documents;

import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.springframework.stereotype.Component;
import org.mufakat.organisation.PartyCode;

import java.time.LocalDate;
import java.util.List;

/**
 * Who sits at a document's table at a date, from the organisation's dated membership: the states that count for
 * consensus are the framework's members and participants (observers and the Secretariat sit without counting).
 */
@Component
class Seats {

    private final Organisation organisation;

    Seats(Organisation organisation) {
        this.organisation = organisation;
    }

    List<PartyCode> counted(FrameworkCode framework, LocalDate date) {
        return organisation.participantsAt(framework, date).entrySet().stream()
                .filter(seat -> seat.getValue().isFullParticipant()).map(java.util.Map.Entry::getKey).toList();
    }

    /** The member states of the organisation among those who count: they see one another's positions. */
    List<PartyCode> members(FrameworkCode framework, LocalDate date) {
        return counted(framework, date).stream().filter(party -> organisation.isMemberAt(party, date)).toList();
    }
}
