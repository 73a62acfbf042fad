package org.mufakat.press.extraction;

import java.text.Normalizer;

/**
 * Folds text for comparisons that ignore case, diacritics and spacing: "Đỗ Hùng Việt" and "do hung  viet" fold alike.
 * One pass with a table of the Latin letters with their marks (built once from Unicode decompositions); other
 * characters go through the normaliser one by one. Linear in the text.
 */
public final class Folding {

    private static final int TABLE = 0x2000;
    private static final char[] BASE = new char[TABLE];
    private static final char[] EXTENDED = new char[0x100]; // U+1E00..U+1EFF, Vietnamese letters with two marks

    static {
        for (int c = 0; c < TABLE; c++) {
            BASE[c] = base((char) c);
        }
        for (int c = 0; c < EXTENDED.length; c++) {
            EXTENDED[c] = base((char) (0x1E00 + c));
        }
    }

    private Folding() {
    }

    private static char base(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = decomposed.isEmpty() ? c : decomposed.charAt(0);
        int type = Character.getType(first);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return 0; // a mark alone is dropped
        }
        return Character.toLowerCase(first);
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
                continue;
            }
            char folded;
            if (c < TABLE) {
                folded = BASE[c];
            } else if (c >= 0x1E00 && c <= 0x1EFF) {
                folded = EXTENDED[c - 0x1E00];
            } else {
                int type = Character.getType(c);
                folded = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                        ? 0 : Character.toLowerCase(c);
            }
            if (folded == 0) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(folded);
        }
        return out.toString();
    }
}
