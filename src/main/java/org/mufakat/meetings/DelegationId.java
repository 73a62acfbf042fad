package org.mufakat.meetings;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record DelegationId(UUID value) implements Identifier {

    public DelegationId {
        if (value == null) {
            throw new IllegalArgumentException("A delegation id needs a value");
        }
    }

    public static DelegationId random() {
        return new DelegationId(UUID.randomUUID());
    }

    public static DelegationId parse(String text) {
        return new DelegationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
