package org.mufakat.meetings;

import java.util.EnumSet;
import java.util.Set;

/** Where a meeting stands, and which changes of standing are allowed. */
public enum MeetingStatus {
    PLANNED, CONFIRMED, HELD, POSTPONED, CANCELLED;

    public Set<MeetingStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(CONFIRMED, HELD, POSTPONED, CANCELLED);
            case CONFIRMED -> EnumSet.of(PLANNED, HELD, POSTPONED, CANCELLED);
            case POSTPONED -> EnumSet.of(PLANNED, CONFIRMED, HELD, CANCELLED);
            case CANCELLED -> EnumSet.of(PLANNED);
            case HELD -> EnumSet.noneOf(MeetingStatus.class);
        };
    }

    public boolean canBecome(MeetingStatus other) {
        return this == other || next().contains(other);
    }
}
