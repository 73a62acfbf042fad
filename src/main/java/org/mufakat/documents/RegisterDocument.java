package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Registers a document. {@code lead} is the member state leading it, or null when the Chair leads; {@code path} the
 * meetings it is meant to travel through, in order; {@code text} its first version (may be empty: no version yet).
 */
public record RegisterDocument(DocumentKind kind, FrameworkCode framework, LocalizedText title, PartyCode lead,
                               Classification classification, boolean flexibleParticipation, List<MeetingId> path,
                               String text, String note) {

    public RegisterDocument {
        var problems = new RuleViolation.Collector();
        problems.check(kind != null, "kind", "document.kind.required", "Choose the kind of document");
        problems.check(framework != null, "framework", "document.framework.required", "Choose the framework");
        path = path == null ? List.of() : List.copyOf(path);
        checkRecord(title, classification, path, problems);
        problems.throwIfAny();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The rules on what a document's record may say, the same at registration and on revision. */
    static void checkRecord(LocalizedText title, Classification classification, List<MeetingId> path, RuleViolation.Collector problems) {
        problems.check(title != null, "titleEn", "document.title.required", "A document needs an English title");
        problems.check(title == null || (title.en().length() <= 500 && (title.vi() == null || title.vi().length() <= 500)),
                "titleEn", "document.title.tooLong", "A title has at most 500 characters");
        problems.check(classification != null, "classification", "document.classification.required", "Say whether it is public or restricted");
        problems.check(new LinkedHashSet<>(path).size() == path.size(), "path", "document.path.repeated", "A meeting appears twice on the path");
        problems.check(path.size() <= 10, "path", "document.path.tooLong", "A path has at most 10 meetings");
    }
}
