package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.List;

/**
 * Revises what was registered about a document, edited from the record's {@code version}: its titles, its lead (null:
 * the Chair), classification and path. Kind, framework and year make up the symbol and never change.
 */
public record ReviseDocumentRecord(DocumentId document, long version, LocalizedText title, PartyCode lead,
                                   Classification classification, List<MeetingId> path) {

    public ReviseDocumentRecord {
        if (document == null) {
            throw new IllegalArgumentException("Say which document");
        }
        var problems = new RuleViolation.Collector();
        path = path == null ? List.of() : List.copyOf(path);
        RegisterDocument.checkRecord(title, classification, path, problems);
        problems.throwIfAny();
    }
}
