package org.mufakat.documents;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record AmendmentId(UUID value) implements Identifier {

    public AmendmentId {
        if (value == null) {
            throw new IllegalArgumentException("A amendment id needs a value");
        }
    }

    public static AmendmentId random() {
        return new AmendmentId(UUID.randomUUID());
    }

    public static AmendmentId parse(String text) {
        return new AmendmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
