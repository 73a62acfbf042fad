package org.mufakat.audit;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Walks the audit chain from the first entry, in batches: each entry must be the next number, link to the hash of
 * the one before (the first to 64 zeros), and still hash to its stored hash. Stops at the first that does not.
 */
@Component
class ChainVerifier {

    private static final int BATCH = 1000;

    private final AuditEntries entries;

    ChainVerifier(AuditEntries entries) {
        this.entries = entries;
    }

    ChainVerification verify() {
        long expected = 1;
        String previousHash = ChainHash.GENESIS;
        while (true) {
            List<AuditEntries.Link> batch = entries.linksAfter(expected - 1, BATCH);
            if (batch.isEmpty()) {
                return ChainVerification.intact(expected - 1, expected == 1 ? null : previousHash);
            }
            for (AuditEntries.Link link : batch) {
                if (link.seq() != expected) {
                    return ChainVerification.broken(expected, ChainVerification.Problem.MISSING_ENTRY, "entry " + expected + " is missing (the next entry is "
                            + link.seq() + ")", expected - 1);
                }
                if (!previousHash.equals(link.previousHash())) {
                    return ChainVerification.broken(link.seq(), ChainVerification.Problem.BROKEN_LINK, expected == 1
                            ? "the first entry does not link to the zero hash"
                            : "it does not link to entry " + (expected - 1) + ": it names " + link.previousHash()
                            + " as the previous hash, but entry " + (expected - 1) + " hashes to " + previousHash, expected - 1);
                }
                if (!link.recomputedHash().equals(link.hash())) {
                    return ChainVerification.broken(link.seq(), ChainVerification.Problem.ALTERED_CONTENT, "its content no longer matches its hash: it was changed after it was written"
                            + " (stored " + link.hash() + ", content hashes to " + link.recomputedHash() + ")", expected - 1);
                }
                previousHash = link.hash();
                expected++;
            }
        }
    }
}
