package org.mufakat.documents;

import java.time.Instant;

/** A version in a document's history, without its text. */
public record VersionSummary(int number, String author, Instant savedAt, String note, Integer restoredFrom) {
}
