package org.mufakat.meetings;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record BilateralMeetingId(UUID value) implements Identifier {

    public BilateralMeetingId {
        if (value == null) {
            throw new IllegalArgumentException("A bilateral meeting id needs a value");
        }
    }

    public static BilateralMeetingId random() {
        return new BilateralMeetingId(UUID.randomUUID());
    }

    public static BilateralMeetingId parse(String text) {
        return new BilateralMeetingId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
