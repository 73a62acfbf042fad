package org.mufakat.commitments;

/**
 * How far an initiative has come, in the order it usually goes: proposed, welcomed by a meeting, endorsed by the
 * Ministers or Leaders, held for the first time, recurring, concluded. It never goes back.
 */
public enum InitiativeStatus {
    PROPOSED, WELCOMED, ENDORSED, HELD, RECURRING, CONCLUDED;

    boolean isAtLeast(InitiativeStatus other) {
        return compareTo(other) >= 0;
    }
}
