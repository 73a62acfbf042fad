package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;

import java.time.Instant;
import java.time.LocalDate;

/** A decision on the record; {@code bySilence} when the system recorded it at the end of a silence procedure. */
public record DecisionView(DocumentId document, MeetingId meeting, Decision decision, boolean adReferendum, int version,
                           LocalDate decidedOn, Instant decidedAt, String note, boolean bySilence, String recordedBy,
                           Instant recordedAt) {
}
