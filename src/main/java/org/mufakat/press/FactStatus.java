package org.mufakat.press;

/** Where a proposed fact stands in review. */
public enum FactStatus {
    PROPOSED, ACCEPTED, REJECTED
}
