package org.mufakat.press;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where a report names something, and the sentence around it, in the report's cleaned text. */
final class Sentences {

    static final int LONGEST = 400;

    private Sentences() {
    }

    record Found(String phrase, String sentence) {
    }

    /** The phrase as a whole word or words, letter case aside: "COC" is not found in "cocoa". */
    static Pattern phrase(String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The earliest place any of the phrases stands in the text, with its sentence; empty if none does. */
    static Optional<Found> mention(String text, List<Pattern> phrases) {
        Matcher earliest = null;
        for (Pattern phrase : phrases) {
            Matcher matcher = phrase.matcher(text);
            if (matcher.find() && (earliest == null || matcher.start() < earliest.start())) {
                earliest = matcher;
            }
        }
        if (earliest == null) {
            return Optional.empty();
        }
        return Optional.of(new Found(earliest.group(), around(text, earliest.start(), earliest.end())));
    }

    static String around(String text, int start, int end) {
        int from = start;
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !endsSentence(text, to)) {
            to++;
        }
        if (to < text.length() && text.charAt(to) != '\n') {
            to++;
        }
        String sentence = text.substring(from, to).strip();
        if (sentence.length() <= LONGEST) {
            return sentence;
        }
        int keepFrom = Math.max(from, Math.min(start - LONGEST / 3, to - LONGEST));
        int keepTo = Math.min(to, keepFrom + LONGEST);
        return (keepFrom > from ? "…" : "") + text.substring(keepFrom, keepTo).strip() + (keepTo < to ? "…" : "");
    }

    /** A full stop, question or exclamation mark followed by a space or the end, or a line break. */
    private static boolean endsSentence(String text, int at) {
        char c = text.charAt(at);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }
}
