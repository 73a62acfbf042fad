package org.mufakat.documents;

import org.mufakat.platform.domain.RuleViolation;

/** Saves a new version of the text, edited from version {@code baseVersion} (0: the document had none yet). */
public record SaveText(DocumentId document, int baseVersion, String text, String note) {

    public SaveText {
        if (document == null) {
            throw new IllegalArgumentException("Say which document");
        }
        if (baseVersion < 0) {
            throw RuleViolation.of("baseVersion", "document.baseVersion.negative", "Versions are counted from 1");
        }
        text = text == null ? "" : text;
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > 2000) {
            throw RuleViolation.of("note", "document.note.tooLong", "A note has at most 2000 characters");
        }
    }
}
