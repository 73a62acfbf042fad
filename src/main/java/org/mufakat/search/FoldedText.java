package org.mufakat.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text folded for matching (lower case, no diacritics, đ as d) that remembers, for every folded character, where
 * it came from in the original, so that a match in the folded text can be highlighted in the text as written.
 */
final class FoldedText {

    private final String original;
    private final String folded;
    /** For each folded character: the original index of the code point it came from, and the one after it. */
    private final int[] starts;
    private final int[] ends;

    private FoldedText(String original, String folded, int[] starts, int[] ends) {
        this.original = original;
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    static FoldedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 8];
        int[] ends = new int[original.length() + 8];
        int count = 0;
        for (int i = 0; i < original.length(); ) {
            int codePoint = original.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String piece = foldCodePoint(codePoint);
            for (int k = 0; k < piece.length(); k++) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                folded.append(piece.charAt(k));
                starts[count] = i;
                ends[count] = next;
                count++;
            }
            i = next;
        }
        return new FoldedText(original, folded.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** Folds a whole text the same way, without keeping the offsets. */
    static String fold(String text) {
        return of(text).folded();
    }

    private static String foldCodePoint(int codePoint) {
        if (codePoint == 'đ' || codePoint == 'Đ') {
            return "d";
        }
        if (codePoint < 0x80) {
            return String.valueOf((char) Character.toLowerCase(codePoint));
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.COMBINING_SPACING_MARK
                        && Character.getType(c) != Character.ENCLOSING_MARK)
                .forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    String original() {
        return original;
    }

    String folded() {
        return folded;
    }

    /** The original index where the folded character at {@code foldedIndex} begins. */
    int originalStart(int foldedIndex) {
        return foldedIndex >= starts.length ? original.length() : starts[foldedIndex];
    }

    /** The original index just after the folded character at {@code foldedIndex}. */
    int originalEnd(int foldedIndex) {
        return foldedIndex < 0 ? 0 : ends[foldedIndex];
    }
}
