package org.mufakat.search;

import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /**
     * The full text query for PostgreSQL's {@code simple} configuration: every word, the last one as a prefix, unless it
     * stands alone with fewer than three letters ("ng" alone would match most of the index).
     */
    String tsquery() {
        // Only letters and digits reach here, so no word can carry tsquery syntax.
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            parts.add(words.get(i) + (prefix(i) ? ":*" : ""));
        }
        return String.join(" & ", parts);
    }

    /**
     * The query again with each word the index does not know replaced by the known words nearest to it (as
     * alternatives), and left out where there are none ("vn" in "Nguyen Vn Vit"); empty if every word is known or
     * none remains.
     */
    Optional<String> corrected(Predicate<String> known, Predicate<String> knownPrefix, Function<String, List<String>> nearest) {
        List<String> parts = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean prefix = prefix(i);
            if (prefix ? knownPrefix.test(word) : known.test(word)) {
                parts.add(word + (prefix ? ":*" : ""));
                continue;
            }
            changed = true;
            // One or two letters share too few trigrams with anything to tell a typo from another word.
            List<String> alternatives = word.length() < 3 ? List.of() : nearest.apply(word);
            if (!alternatives.isEmpty()) {
                parts.add(alternatives.size() == 1 ? alternatives.getFirst() : "(" + String.join(" | ", alternatives) + ")");
            }
        }
        return changed && !parts.isEmpty() ? Optional.of(String.join(" & ", parts)) : Optional.empty();
    }

    private boolean prefix(int index) {
        return index == words.size() - 1 && (words.size() > 1 || words.get(index).length() >= 3);
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
