package org.mufakat.documents;

/** What a meeting on the path decided about a version of a document. */
public enum Decision {
    AGREED(true, false, true), ENDORSED(true, false, true), ADOPTED(true, true, true), NOTED(false, true, true),
    SIGNED(true, true, true), ISSUED(false, true, true), DEFERRED(false, false, false), RETURNED(false, false, false);

    private final boolean needsConsensus;
    private final boolean publishes;
    private final boolean movesOn;

    Decision(boolean needsConsensus, boolean publishes, boolean movesOn) {
        this.needsConsensus = needsConsensus;
        this.publishes = publishes;
        this.movesOn = movesOn;
    }

    /** Agreed, endorsed, adopted and signed texts need every state that counts to concur. */
    public boolean needsConsensus() {
        return needsConsensus;
    }

    /** Adopted, noted, signed or issued: the text is final and, if public, published. */
    public boolean publishes() {
        return publishes;
    }

    /** The document leaves this meeting (forwarded or final); deferred and returned texts stay at it. */
    public boolean movesOn() {
        return movesOn;
    }
}
