package org.mufakat.commitments;

import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A meeting that reviewed a plan's implementation, with what it said. */
@Table("plan_review")
public record PlanReview(MeetingId meetingId, @Embedded.Nullable(prefix = "note_") LocalizedText note) {

    public PlanReview {
        if (meetingId == null) {
            throw new IllegalArgumentException("A review is held at a meeting");
        }
    }
}
