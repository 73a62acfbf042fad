package org.mufakat.documents;

/** What was registered about a document (titles, lead, classification, path) was revised; its symbol stays. */
public record DocumentRecordRevised(DocumentId document) {
}
