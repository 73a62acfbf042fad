package org.mufakat.press;

import java.util.UUID;

/**
 * A record an accepted fact created, updated or confirmed: {@code type} MEETING, DELEGATION or PERSON; {@code meeting}
 * the meeting it concerns (the meeting itself, or the one a delegation attends), null for a person.
 */
public record RecordRef(String type, UUID id, UUID meeting, Action action) {

    public enum Action {
        CREATED, UPDATED, CONFIRMED
    }
}
