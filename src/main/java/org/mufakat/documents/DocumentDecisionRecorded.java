package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;

/** A meeting on the document's path decided about a version of it. */
public record DocumentDecisionRecorded(DocumentId document, MeetingId meeting, Decision decision, int version) {
}
