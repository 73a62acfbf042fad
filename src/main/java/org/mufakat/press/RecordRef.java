package org.mufakat.press;

import java.util.UUID;

/**
 * A record an accepted fact created, updated or confirmed: {@code type} MEETING, DELEGATION, PERSON (by {@code id}) or
 * CHAIR_YEAR (by {@code year}); {@code meeting} the meeting it concerns (the meeting itself, or the one a delegation
 * attends), null for a person or a chair year.
 */
public record RecordRef(String type, UUID id, UUID meeting, Integer year, Action action) {

    public enum Action {
        CREATED, UPDATED, CONFIRMED
    }

    public RecordRef(String type, UUID id, UUID meeting, Action action) {
        this(type, id, meeting, null, action);
    }

    static RecordRef chairYear(int year, Action action) {
        return new RecordRef("CHAIR_YEAR", null, null, year, action);
    }
}
