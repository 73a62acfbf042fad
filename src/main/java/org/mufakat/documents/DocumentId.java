package org.mufakat.documents;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record DocumentId(UUID value) implements Identifier {

    public DocumentId {
        if (value == null) {
            throw new IllegalArgumentException("A document id needs a value");
        }
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    public static DocumentId parse(String text) {
        return new DocumentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
