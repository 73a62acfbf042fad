package org.mufakat.commitments;

import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/**
 * A meeting or event where an initiative was raised, welcomed, endorsed or held, and the status it had from then
 * on: a meeting on the calendar, or an event named in words (a forum that is no meeting of the calendar).
 */
@Table("initiative_occasion")
public record InitiativeOccasion(@Column("on_date") LocalDate on, InitiativeStatus status, MeetingId meetingId,
                                 @Embedded.Nullable(prefix = "event_") LocalizedText event) {

    public InitiativeOccasion {
        if (on == null || status == null) {
            throw new IllegalArgumentException("An occasion needs its date and the initiative's status");
        }
        if (meetingId == null && event == null) {
            throw new IllegalArgumentException("Name the meeting or the event");
        }
    }
}
