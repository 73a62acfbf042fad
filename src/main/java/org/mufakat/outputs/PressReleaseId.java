package org.mufakat.outputs;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record PressReleaseId(UUID value) implements Identifier {

    public PressReleaseId {
        if (value == null) {
            throw new IllegalArgumentException("A press release id needs a value");
        }
    }

    static PressReleaseId random() {
        return new PressReleaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
