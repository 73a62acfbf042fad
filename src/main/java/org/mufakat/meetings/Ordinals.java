package org.mufakat.meetings;

import org.mufakat.platform.domain.RuleViolation;

import java.util.List;
import java.util.stream.IntStream;

/** The ordinal(s) a meeting carries: "57th", or "44th and 45th" when one meeting counts for two. */
public record Ordinals(int first, int last) {

    public Ordinals {
        if (first < 1) {
            throw RuleViolation.of("ordinals", "meeting.ordinals.positive", "An ordinal is a positive number");
        }
        if (last < first || last - first > 3) {
            throw RuleViolation.of("ordinals", "meeting.ordinals.range", "Ordinals must be consecutive, at most four");
        }
    }

    public static Ordinals single(int ordinal) {
        return new Ordinals(ordinal, ordinal);
    }

    /** Parses "57", "44, 45", "44-45" or "44 and 45"; null for blank. */
    public static Ordinals parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Integer> numbers;
        try {
            numbers = java.util.Arrays.stream(text.strip().split("\\s*(?:,|-|–|and|và|&)\\s*"))
                    .filter(part -> !part.isBlank())
                    .map(part -> Integer.parseInt(part.replaceAll("(?i)(st|nd|rd|th)$", "")))
                    .toList();
        } catch (NumberFormatException e) {
            throw RuleViolation.of("ordinals", "meeting.ordinals.format", "Write ordinals as numbers, e.g. 57 or 44, 45");
        }
        return of(numbers);
    }

    /** The ordinals listed, which must be consecutive ([57] or [44, 45]); null for none. */
    public static Ordinals of(List<Integer> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            return null;
        }
        if (numbers.stream().anyMatch(java.util.Objects::isNull)) {
            throw RuleViolation.of("ordinals", "meeting.ordinals.format", "Write ordinals as numbers, e.g. 57 or 44, 45");
        }
        Ordinals ordinals = new Ordinals(numbers.getFirst(), numbers.getLast());
        if (!ordinals.numbers().equals(numbers)) {
            throw RuleViolation.of("ordinals", "meeting.ordinals.range", "Ordinals must be consecutive, at most four");
        }
        return ordinals;
    }

    public List<Integer> numbers() {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    public boolean isPlural() {
        return last > first;
    }

    public boolean overlaps(Ordinals other) {
        return first <= other.last && other.first <= last;
    }

    @Override
    public String toString() {
        return first == last ? String.valueOf(first) : String.join(", ", numbers().stream().map(String::valueOf).toList());
    }
}
