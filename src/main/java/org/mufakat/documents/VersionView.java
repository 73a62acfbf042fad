package org.mufakat.documents;

import java.time.Instant;

/** One immutable version of a document's text, with who saved it, when and why; {@code restoredFrom} if a restoration. */
public record VersionView(DocumentId document, int number, StructuredText text, String author, Instant savedAt, String note,
                          Integer restoredFrom) {
}
