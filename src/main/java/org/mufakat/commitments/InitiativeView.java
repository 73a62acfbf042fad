package org.mufakat.commitments;

import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * An initiative as shown. {@code proposer} is the member that proposed it, or the Chair of the year when
 * {@code byChair} (null if the year's chair is not recorded).
 */
public record InitiativeView(InitiativeId id, LocalizedText title, LocalizedText description, PartyCode proposer, boolean byChair,
                             int year, InitiativeStatus status, List<Occasion> occasions, List<Supporter> supporters, long version) {

    /** An occasion, with its meeting when it was one on the calendar. */
    public record Occasion(LocalDate on, InitiativeStatus status, MeetingSummary meeting, LocalizedText event) {
    }

    public record Supporter(PartyCode party, MeetingSummary meeting) {
    }
}
