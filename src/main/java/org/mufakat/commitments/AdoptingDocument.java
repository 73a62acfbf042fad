package org.mufakat.commitments;

import java.util.UUID;

/**
 * The outcome document that adopted a plan: its symbol or title as written, and, once the documents module records
 * it, its id (kept without a foreign key, so that plans can be recorded before their documents are).
 */
public record AdoptingDocument(String symbol, UUID documentId) {

    public AdoptingDocument {
        symbol = symbol == null || symbol.isBlank() ? null : symbol.strip();
        if (symbol != null && symbol.length() > 300) {
            throw new IllegalArgumentException("A document reference has at most 300 characters");
        }
    }

    public static AdoptingDocument optional(String symbol, UUID documentId) {
        var document = new AdoptingDocument(symbol, documentId);
        return document.symbol() == null && documentId == null ? null : document;
    }
}
