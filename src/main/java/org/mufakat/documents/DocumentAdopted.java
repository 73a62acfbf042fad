package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;

/** A version of the document was adopted at a meeting, by consensus or at the end of a silence procedure. */
public record DocumentAdopted(DocumentId document, MeetingId meeting, int version) {
}
