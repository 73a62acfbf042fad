package org.mufakat.commitments;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record InterventionId(UUID value) implements Identifier {

    public InterventionId {
        if (value == null) {
            throw new IllegalArgumentException("An id of a intervention needs a value");
        }
    }

    public static InterventionId random() {
        return new InterventionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
