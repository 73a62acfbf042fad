package org.mufakat.documents;

/** Where an amendment stands; only a proposed one may still change. */
public enum AmendmentStatus {
    PROPOSED, ACCEPTED, REJECTED, OVERTAKEN, WITHDRAWN
}
