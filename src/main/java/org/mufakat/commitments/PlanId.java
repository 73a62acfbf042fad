package org.mufakat.commitments;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record PlanId(UUID value) implements Identifier {

    public PlanId {
        if (value == null) {
            throw new IllegalArgumentException("An id of a plan of action needs a value");
        }
    }

    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
