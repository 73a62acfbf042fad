package org.mufakat.documents;

/** A document was registered with its symbol. */
public record DocumentRegistered(DocumentId document) {
}
