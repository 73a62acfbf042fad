package org.mufakat.audit;

/**
 * What verifying the audit chain found. Intact: how many entries, and the last entry's hash (note it elsewhere:
 * removing the newest entries leaves a shorter chain that is still intact, which only a hash kept outside can
 * show). Broken: the first entry that does not hold, what is wrong with it ({@code problem}, and {@code detail} in
 * English), and how many entries before it held.
 */
public record ChainVerification(boolean intact, long entriesChecked, String headHash, Long brokenAt, Problem problem,
                                String detail) {

    public enum Problem {
        /** The entry with the next sequence number is not there: removed, or written around the chain. */
        MISSING_ENTRY,
        /** The entry does not name the previous entry's hash as its previous hash: inserted, removed or rehashed around it. */
        BROKEN_LINK,
        /** The entry's columns no longer hash to its stored hash: changed after it was written. */
        ALTERED_CONTENT
    }

    static ChainVerification intact(long entries, String headHash) {
        return new ChainVerification(true, entries, headHash, null, null, null);
    }

    static ChainVerification broken(long brokenAt, Problem problem, String detail, long entriesBefore) {
        return new ChainVerification(false, entriesBefore, null, brokenAt, problem, detail);
    }

    /** One line for a console or a log. */
    public String summary() {
        return intact
                ? "Audit chain intact: " + entriesChecked + " entries" + (headHash == null ? "" : ", last hash " + headHash)
                : "Audit chain BROKEN at entry " + brokenAt + ": " + detail + " (the " + entriesChecked + " entries before it hold)";
    }
}
