package org.mufakat.notes;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record NoteId(UUID value) implements Identifier {

    public NoteId {
        if (value == null) {
            throw new IllegalArgumentException("A note id needs a value");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
