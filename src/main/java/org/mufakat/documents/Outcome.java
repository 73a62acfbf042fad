package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;

/** A document's latest decision at a meeting: the meeting's outcome list is made of these. */
public record Outcome(DocumentId document, String symbol, DocumentKind kind, LocalizedText title, Classification classification,
                      MeetingId meeting, Decision decision, int version, LocalDate decidedOn) {
}
