package org.mufakat.meetings;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record BundleId(UUID value) implements Identifier {

    public BundleId {
        if (value == null) {
            throw new IllegalArgumentException("A bundle id needs a value");
        }
    }

    public static BundleId random() {
        return new BundleId(UUID.randomUUID());
    }

    public static BundleId parse(String text) {
        return new BundleId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
