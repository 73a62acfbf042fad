package org.mufakat.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the query's words in a text as written and cuts a snippet around the first of them. Matching happens on
 * the folded text (so "Do Hung Viet" marks "Đỗ Hùng Việt"); the marks are placed on the original characters.
 * A word matches a query word when equal, when it starts with the last query word (still being typed), or, for
 * words of five letters or more, when one or two letters differ (the typos the trigram search forgives).
 */
final class Snippets {

    static final int WINDOW = 200;
    private static final int LEAD = 60;
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    record Span(int start, int end, int word) {
    }

    /** The whole text with the query's words marked. */
    static Highlighted highlight(String text, QueryWords query) {
        return cut(text, spans(text, query), 0, text.length());
    }

    /**
     * About {@value #WINDOW} characters around the matches (the beginning when none), words kept whole: the window
     * that holds the most different query words, the earliest of equals.
     */
    static Highlighted snippet(String text, QueryWords query) {
        List<Span> spans = spans(text, query);
        if (text.length() <= WINDOW) {
            return cut(text, spans, 0, text.length());
        }
        Span first = best(spans);
        int start = first == null ? 0 : Math.max(0, first.start() - LEAD);
        if (start > 0) {
            start = wordStartAtOrAfter(text, start, first.start());
        }
        int end = Math.min(text.length(), start + WINDOW);
        if (end < text.length()) {
            end = wordEndAtOrBefore(text, end, first == null ? start : first.end());
        }
        return cut(text, spans, start, end);
    }

    private static Span best(List<Span> spans) {
        Span best = null;
        long most = 0;
        for (Span candidate : spans) {
            long words = spans.stream()
                    .filter(span -> span.start() >= candidate.start() && span.end() <= candidate.start() + WINDOW - LEAD)
                    .mapToInt(Span::word).distinct().count();
            if (words > most) {
                best = candidate;
                most = words;
            }
        }
        return best;
    }

    static List<Span> spans(String text, QueryWords query) {
        FoldedText folded = FoldedText.of(text);
        String f = folded.folded();
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < f.length()) {
            if (!Character.isLetterOrDigit(f.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < f.length() && Character.isLetterOrDigit(f.charAt(end))) {
                end++;
            }
            int word = query.match(f.substring(i, end));
            if (word >= 0) {
                spans.add(new Span(folded.originalStart(i), folded.originalEnd(end - 1), word));
            }
            i = end;
        }
        return spans;
    }

    private static Highlighted cut(String text, List<Span> spans, int start, int end) {
        List<Highlighted.Part> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Highlighted.Part(ELLIPSIS + " ", false));
        }
        int at = start;
        for (Span span : spans) {
            if (span.end() <= at || span.start() >= end) {
                continue;
            }
            int from = Math.max(span.start(), at);
            int to = Math.min(span.end(), end);
            if (from > at) {
                parts.add(new Highlighted.Part(text.substring(at, from), false));
            }
            parts.add(new Highlighted.Part(text.substring(from, to), true));
            at = to;
        }
        if (at < end) {
            parts.add(new Highlighted.Part(text.substring(at, end), false));
        }
        if (end < text.length()) {
            parts.add(new Highlighted.Part(" " + ELLIPSIS, false));
        }
        return new Highlighted(parts);
    }

    private static int wordStartAtOrAfter(String text, int index, int limit) {
        int i = index;
        while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    private static int wordEndAtOrBefore(String text, int index, int limit) {
        int i = index;
        while (i > limit && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
