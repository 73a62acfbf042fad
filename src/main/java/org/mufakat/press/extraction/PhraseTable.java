package org.mufakat.press.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases (sequences of token keys) with a value each, found in a token list by their first word and then
 * compared token by token: linear in the text, whatever the phrases. A dash between two words is optional on both
 * sides ("Viêng-Chăn" = "Viêng Chăn"); the longest phrase wins.
 */
public final class PhraseTable<V> {

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private int longest;

    public record Match<V>(V value, int from, int to) {
    }

    private record Entry<V>(String[] keys, V value, boolean exactCase) {
    }

    public PhraseTable<V> add(String phrase, V value) {
        return add(phrase, value, false);
    }

    /** A phrase matched only as written, upper and lower case alike ("US" is not "us", "Lao" is not "lao động"). */
    public PhraseTable<V> addExactCase(String phrase, V value) {
        return add(phrase, value, true);
    }

    private PhraseTable<V> add(String phrase, V value, boolean exactCase) {
        List<String> keys = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(phrase)) {
            if (!token.isDash()) {
                keys.add(exactCase ? token.text() : token.key());
            }
        }
        if (keys.isEmpty()) {
            return this;
        }
        List<Entry<V>> entries = byFirst.computeIfAbsent(keys.getFirst().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>(2));
        String[] array = keys.toArray(String[]::new);
        for (Entry<V> entry : entries) {
            if (java.util.Arrays.equals(entry.keys, array) && entry.exactCase == exactCase) {
                return this; // the first value given for a phrase stays
            }
        }
        entries.add(new Entry<>(array, value, exactCase));
        entries.sort(Comparator.comparingInt((Entry<V> e) -> -e.keys.length));
        longest = Math.max(longest, array.length);
        return this;
    }

    public boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> matchAt(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        List<Entry<V>> entries = byFirst.get(tokens.get(i).key());
        if (entries == null) {
            return null;
        }
        for (Entry<V> entry : entries) {
            int end = matches(tokens, i, entry.keys, entry.exactCase);
            if (end > 0) {
                return new Match<>(entry.value, i, end);
            }
        }
        return null;
    }

    /** The longest phrase ending exactly at token {@code end - 1}, or null (tries the few starts that could fit). */
    public Match<V> matchEndingAt(List<Token> tokens, int end) {
        for (int start = Math.max(0, end - longest * 2); start < end; start++) {
            Match<V> match = matchAt(tokens, start);
            if (match != null && match.to() == end) {
                return match; // the earliest start is the longest phrase
            }
        }
        return null;
    }

    /** Every non-overlapping match, left to right. */
    public List<Match<V>> findAll(List<Token> tokens, int from, int to) {
        List<Match<V>> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<V> match = matchAt(tokens, i);
            if (match != null && match.to() <= to) {
                found.add(match);
                i = match.to();
            } else {
                i++;
            }
        }
        return found;
    }

    private static int matches(List<Token> tokens, int i, String[] keys, boolean exactCase) {
        int t = i;
        for (int k = 0; k < keys.length; k++) {
            if (k > 0) {
                // An optional dash between two words.
                if (t < tokens.size() && tokens.get(t).isDash() && t + 1 < tokens.size() && tokens.get(t + 1).isWordOrNumber()
                        && tokens.get(t - 1).isWordOrNumber()) {
                    t++;
                }
            }
            if (t >= tokens.size() || !(exactCase ? tokens.get(t).text() : tokens.get(t).key()).equals(keys[k])) {
                return -1;
            }
            t++;
        }
        return t;
    }
}
