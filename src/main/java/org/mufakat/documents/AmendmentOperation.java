package org.mufakat.documents;

/** What an amendment does to the paragraph it names. */
public enum AmendmentOperation {
    INSERT_AFTER, DELETE, REPLACE
}
