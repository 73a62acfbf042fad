package org.mufakat.press.cleaning;

import org.mufakat.press.Fingerprint;
import org.mufakat.press.extraction.Folding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Computes a body's {@link Fingerprint}: SHA-256 of the folded words, simhash and minhash over word 3-shingles. */
public final class Fingerprints {

    private static final int SLOTS = 64;
    private static final long[] SEEDS = new long[SLOTS];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SLOTS; i++) {
            seed = mix(seed + 0x632BE59BD9B4E019L * (i + 1));
            SEEDS[i] = seed;
        }
    }

    private Fingerprints() {
    }

    public static Fingerprint of(String body) {
        String folded = Folding.fold(body);
        // Words: letters and digits only, so punctuation and spacing never change the fingerprint.
        long[] words = new long[Math.max(1, folded.length() / 2)];
        int count = 0;
        StringBuilder normal = new StringBuilder(folded.length());
        int i = 0;
        while (i < folded.length()) {
            while (i < folded.length() && !Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            int start = i;
            long h = 0xcbf29ce484222325L;
            while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
                h = (h ^ folded.charAt(i)) * 0x100000001b3L;
                i++;
            }
            if (i > start) {
                words[count++] = h;
                normal.append(normal.isEmpty() ? "" : " ").append(folded, start, i);
            }
        }
        String digest = sha256(normal.toString());
        int[] minhash = new int[SLOTS];
        Arrays.fill(minhash, Integer.MAX_VALUE);
        int[] bits = new int[64];
        int shingles = Math.max(1, count - 2);
        for (int s = 0; s < shingles && count > 0; s++) {
            long h = words[s];
            if (s + 1 < count) {
                h = mix(h * 31 + words[s + 1]);
            }
            if (s + 2 < count) {
                h = mix(h * 31 + words[s + 2]);
            }
            for (int b = 0; b < 64; b++) {
                bits[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
            }
            // 64 hash functions from two (Kirsch and Mitzenmacher): h1 + k * h2.
            long h1 = mix(h ^ SEEDS[0]);
            long h2 = mix(h ^ SEEDS[1]) | 1;
            long g = h1;
            for (int k = 0; k < SLOTS; k++) {
                int v = (int) (g >>> 33);
                if (v < minhash[k]) {
                    minhash[k] = v;
                }
                g += h2;
            }
        }
        long simhash = 0;
        for (int b = 0; b < 64; b++) {
            if (bits[b] > 0) {
                simhash |= 1L << b;
            }
        }
        return new Fingerprint(digest, simhash, minhash);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
