package org.mufakat.feeds;

/**
 * Lays out iCalendar content lines as RFC 5545 §3.1 asks: each line ends in CRLF and is at most 75 octets
 * long, longer ones folded with CRLF and a space, never inside a UTF-8 character. ical4j's FoldingWriter
 * counts UTF-16 characters, not octets, so a Vietnamese title of 73 characters comes out at well over 100
 * octets; its output is unfolded and folded again here.
 *
 * <p>Folds are also kept off the places some readers mishandle, where it costs nothing: before a combining
 * mark, and inside a backslash escape such as {@code \,} or {@code \n}.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** The same content, every logical line folded afresh. Accepts folded or unfolded input, CRLF or LF. */
    static String refold(String content) {
        StringBuilder out = new StringBuilder(content.length() + content.length() / 24);
        StringBuilder logical = null;
        for (String physical : content.split("\r?\n", -1)) {
            if (!physical.isEmpty() && (physical.charAt(0) == ' ' || physical.charAt(0) == '\t') && logical != null) {
                logical.append(physical, 1, physical.length());
                continue;
            }
            if (logical != null) {
                fold(logical, out);
            }
            logical = physical.isEmpty() ? null : new StringBuilder(physical);
        }
        if (logical != null) {
            fold(logical, out);
        }
        return out.toString();
    }

    private static void fold(CharSequence line, StringBuilder out) {
        int octets = 0;
        int start = 0;
        int position = 0;
        while (position < line.length()) {
            int end = unitEnd(line, position);
            int size = octets(line, position, end);
            if (octets + size > MAX_OCTETS && octets > start) {
                out.append(CRLF).append(' ');
                octets = start = 1;
            }
            if (octets + size <= MAX_OCTETS) {
                out.append(line, position, end);
                octets += size;
            } else {
                // A unit longer than a whole line (a letter under dozens of marks): fold between its code points.
                for (int i = position; i < end; ) {
                    int codePoint = Character.codePointAt(line, i);
                    int length = octets(codePoint);
                    if (octets + length > MAX_OCTETS) {
                        out.append(CRLF).append(' ');
                        octets = 1;
                    }
                    out.appendCodePoint(codePoint);
                    octets += length;
                    i += Character.charCount(codePoint);
                }
            }
            position = end;
        }
        out.append(CRLF);
    }

    /** Where the unit that must not be split ends: a code point with its combining marks, or an escape. */
    private static int unitEnd(CharSequence line, int position) {
        int codePoint = Character.codePointAt(line, position);
        int end = position + Character.charCount(codePoint);
        if (codePoint == '\\' && end < line.length()) {
            end += Character.charCount(Character.codePointAt(line, end));
        }
        while (end < line.length() && isMark(Character.codePointAt(line, end))) {
            end += Character.charCount(Character.codePointAt(line, end));
        }
        return end;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static int octets(CharSequence text, int from, int to) {
        int total = 0;
        for (int i = from; i < to; ) {
            int codePoint = Character.codePointAt(text, i);
            total += octets(codePoint);
            i += Character.charCount(codePoint);
        }
        return total;
    }

    private static int octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
