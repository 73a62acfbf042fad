package org.mufakat.press;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * What recognises a report imported twice or copied by another site, computed from the cleaned body (title and
 * noise left out): {@code digest}, SHA-256 of the folded body (case, diacritics and spacing ignored), equal for the
 * same article; {@code simhash}, 64 bits over word 3-shingles, a few bits apart for near copies; {@code minhash}, 64
 * minimum hashes of the same shingles, whose share of equal slots estimates the Jaccard resemblance of two bodies.
 */
public record Fingerprint(String digest, long simhash, int[] minhash) {

    /** Resemblance at or above which two reports are taken for copies of one article. */
    public static final double NEAR_DUPLICATE = 0.8;

    public Fingerprint {
        minhash = minhash.clone();
    }

    @Override
    public int[] minhash() {
        return minhash.clone();
    }

    /** The estimated Jaccard resemblance of the two bodies' shingles, 0 to 1. */
    public double resemblance(Fingerprint other) {
        if (digest.equals(other.digest)) {
            return 1.0;
        }
        int n = Math.min(minhash.length, other.minhash.length);
        if (n == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < n; i++) {
            if (minhash[i] == other.minhash[i]) {
                same++;
            }
        }
        return (double) same / n;
    }

    /** Bits in which the simhashes differ, 0 to 64. */
    public int simhashDistance(Fingerprint other) {
        return Long.bitCount(simhash ^ other.simhash);
    }

    public boolean sameArticleAs(Fingerprint other) {
        return digest.equals(other.digest);
    }

    public boolean nearDuplicateOf(Fingerprint other) {
        return resemblance(other) >= NEAR_DUPLICATE;
    }

    public String simhashHex() {
        return HexFormat.of().toHexDigits(simhash);
    }

    /** The minhash slots as hex, 8 digits each, for storage. */
    public String minhashHex() {
        StringBuilder out = new StringBuilder(minhash.length * 8);
        for (int value : minhash) {
            out.append(HexFormat.of().toHexDigits(value));
        }
        return out.toString();
    }

    public static Fingerprint of(String digest, String simhashHex, String minhashHex) {
        int[] slots = new int[minhashHex.length() / 8];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = (int) Long.parseLong(minhashHex.substring(i * 8, i * 8 + 8), 16);
        }
        return new Fingerprint(digest, Long.parseUnsignedLong(simhashHex, 16), slots);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && digest.equals(that.digest) && simhash == that.simhash
                && Arrays.equals(minhash, that.minhash);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return "Fingerprint[" + digest.substring(0, Math.min(12, digest.length())) + ", simhash " + simhashHex() + "]";
    }
}
