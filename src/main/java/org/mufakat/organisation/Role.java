package org.mufakat.organisation;

/** A party's standing in the organisation or at a framework's table. */
public enum Role {
    MEMBER, OBSERVER, DIALOGUE_PARTNER, SECRETARIAT, PARTICIPANT;

    /** Whether the party sits at the table as one of those whose consent the framework needs. */
    public boolean isFullParticipant() {
        return this == MEMBER || this == PARTICIPANT;
    }
}
