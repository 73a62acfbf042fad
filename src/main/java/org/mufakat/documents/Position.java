package org.mufakat.documents;

/** A state's position on the version under consideration at a meeting. */
public enum Position {
    NONE, CONCURS, CONCURS_AD_REFERENDUM, RESERVATION, OBJECTION, NOT_TAKING_PART
}
