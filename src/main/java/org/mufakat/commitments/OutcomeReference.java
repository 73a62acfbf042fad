package org.mufakat.commitments;

import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/**
 * An outcome paragraph that addresses a standing issue, referred to by its document (symbol or title as written)
 * and paragraph, with the meeting that issued it and what it says, until the documents module can be linked.
 */
@Table("standing_issue_outcome")
public record OutcomeReference(@Column("on_date") LocalDate on, String document, String paragraph, MeetingId meetingId,
                               @Embedded.Nullable(prefix = "text_") LocalizedText text) {

    public OutcomeReference {
        document = document == null || document.isBlank() ? null : document.strip();
        paragraph = paragraph == null || paragraph.isBlank() ? null : paragraph.strip();
        if (on == null || document == null) {
            throw new IllegalArgumentException("An outcome reference needs its date and document");
        }
    }
}
