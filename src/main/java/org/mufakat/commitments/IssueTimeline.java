package org.mufakat.commitments;

import org.mufakat.documents.DocumentId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.press.ReportMention;

import java.time.LocalDate;
import java.util.List;

/**
 * A standing issue across meetings, oldest first: the points of statements made on it, the outcome paragraphs
 * addressing it and the press reports that name it by one of its phrases.
 */
public record IssueTimeline(IssueView issue, List<Entry> entries) {

    public enum Kind { INTERVENTION, OUTCOME, REPORT }

    /**
     * For an intervention: the meeting, party, speaker and the point's text; for an outcome: its document as written
     * and paragraph, the document itself where the reader may open it, the meeting if known, and what it says; for a
     * report: the report with the sentence naming the issue. A report without a publication date has no date here.
     */
    public record Entry(LocalDate on, Kind kind, MeetingSummary meeting, PartyCode party, String speaker, LocalizedText text,
                        String document, String paragraph, DocumentId documentId, ReportMention report) {
    }
}
