package org.mufakat.press.cleaning;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Unicode NFC, one kind of space and of line break, no invisible characters, trimmed lines with single spaces:
 * hand-written, one pass after the normalisation.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        int lineStart = 0;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\r') {
                if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\f' || c == '\u000B') {
                trimEnd(out, lineStart);
                out.append('\n');
                lineStart = out.length();
                space = false;
                continue;
            }
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                    || (Character.getType(c) == Character.CONTROL && c != '\t')) {
                continue;
            }
            if (c == '\t' || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                space = out.length() > lineStart;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        trimEnd(out, lineStart);
        return out.toString();
    }

    private static void trimEnd(StringBuilder out, int lineStart) {
        int end = out.length();
        while (end > lineStart && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    /** The non-empty lines of normalised text. */
    public static List<String> lines(String normalised) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= normalised.length()) {
            int end = normalised.indexOf('\n', start);
            if (end < 0) {
                end = normalised.length();
            }
            if (end > start) {
                lines.add(normalised.substring(start, end));
            }
            start = end + 1;
        }
        return lines;
    }

    /** Spaces collapsed and trimmed, for text taken from a page. */
    public static String oneLine(String text) {
        String normalised = normalise(text);
        return normalised.replace('\n', ' ').strip();
    }
}
