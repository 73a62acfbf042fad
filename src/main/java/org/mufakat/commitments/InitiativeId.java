package org.mufakat.commitments;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record InitiativeId(UUID value) implements Identifier {

    public InitiativeId {
        if (value == null) {
            throw new IllegalArgumentException("An id of a initiative needs a value");
        }
    }

    public static InitiativeId random() {
        return new InitiativeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
