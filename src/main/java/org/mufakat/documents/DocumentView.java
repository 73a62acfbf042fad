package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document as its readers see it. {@code lead} is null when the Chair leads; {@code currentVersion} is 0 until a
 * text is saved; {@code version} is the record's own version (for conflicts); {@code published} once adopted, noted,
 * signed or issued.
 */
public record DocumentView(DocumentId id, String symbol, DocumentKind kind, FrameworkCode framework, int year, LocalizedText title,
                           PartyCode lead, Classification classification, boolean flexibleParticipation, boolean published,
                           int currentVersion, List<MeetingId> path, LocalDate participationDate, long version,
                           String registeredBy, Instant registeredAt, Instant updatedAt) {

    public DocumentView {
        path = List.copyOf(path);
    }

    public boolean ledByChair() {
        return lead == null;
    }
}
