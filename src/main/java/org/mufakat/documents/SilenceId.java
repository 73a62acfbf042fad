package org.mufakat.documents;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record SilenceId(UUID value) implements Identifier {

    public SilenceId {
        if (value == null) {
            throw new IllegalArgumentException("A silence procedure id needs a value");
        }
    }

    public static SilenceId random() {
        return new SilenceId(UUID.randomUUID());
    }

    public static SilenceId parse(String text) {
        return new SilenceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
