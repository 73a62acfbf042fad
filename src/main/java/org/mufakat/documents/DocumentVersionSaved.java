package org.mufakat.documents;

/** A new immutable version of a document's text was saved (edited, amended or restored). */
public record DocumentVersionSaved(DocumentId document, int version) {
}
