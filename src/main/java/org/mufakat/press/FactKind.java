package org.mufakat.press;

/** What a proposed fact states. */
public enum FactKind {
    MEETING, HEAD_OF_DELEGATION, CHAIR_COUNTRY, DOCUMENT_COUNT
}
