package org.mufakat.meetings;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record MeetingId(UUID value) implements Identifier {

    public MeetingId {
        if (value == null) {
            throw new IllegalArgumentException("A meeting id needs a value");
        }
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    public static MeetingId parse(String text) {
        return new MeetingId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
