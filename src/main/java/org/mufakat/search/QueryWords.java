package org.mufakat.search;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The words of a folded query; the last one may still be being typed, so it also matches as a prefix. */
record QueryWords(List<String> words) {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    QueryWords {
        words = List.copyOf(words);
    }

    static QueryWords of(String folded) {
        return new QueryWords(Arrays.stream(NOT_A_WORD.split(folded)).filter(word -> !word.isEmpty()).toList());
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The full text query for PostgreSQL's {@code simple} configuration: every word, the last one as a prefix. */
    String tsquery() {
        // Only letters and digits reach here, so no word can carry tsquery syntax.
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                query.append(" & ");
            }
            query.append(words.get(i));
            if (i == words.size() - 1) {
                query.append(":*");
            }
        }
        return query.toString();
    }

    /** Which of the query's words a folded word of a text matches: its index, or -1. */
    int match(String word) {
        for (int i = 0; i < words.size(); i++) {
            String wanted = words.get(i);
            if (word.equals(wanted) || (i == words.size() - 1 && word.startsWith(wanted))
                    || (wanted.length() >= 5 && Math.abs(word.length() - wanted.length()) <= 2
                    && distance(word, wanted) <= (wanted.length() >= 8 ? 2 : 1))) {
                return i;
            }
        }
        return -1;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
