package org.mufakat.commitments;

import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * A standing issue across meetings, oldest first: the points of statements made on it and the outcome paragraphs
 * addressing it. Press reports mentioning it will join when the press intake stores reports.
 */
public record IssueTimeline(IssueView issue, List<Entry> entries) {

    public enum Kind { INTERVENTION, OUTCOME }

    /**
     * For an intervention: the meeting, party, speaker and the point's text; for an outcome: its document and
     * paragraph, the meeting if known, and what it says.
     */
    public record Entry(LocalDate on, Kind kind, MeetingSummary meeting, PartyCode party, String speaker, LocalizedText text,
                        String document, String paragraph) {
    }
}
