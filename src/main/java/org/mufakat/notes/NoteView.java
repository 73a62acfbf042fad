package org.mufakat.notes;

import org.mufakat.organisation.PartyCode;

import java.time.Instant;

public record NoteView(NoteId id, PartyCode party, String body, String author, Instant updatedAt, long version) {
}
