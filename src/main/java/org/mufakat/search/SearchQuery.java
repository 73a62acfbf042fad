package org.mufakat.search;

import org.mufakat.platform.domain.RuleViolation;

import java.text.Normalizer;

/**
 * What someone searches for: the text as typed (at most {@value #MAX_LENGTH} characters, with at least one letter or
 * digit), optionally one kind of thing, and how many hits to return (1 to {@value #MAX_LIMIT}).
 */
public record SearchQuery(String text, SearchKind kind, int limit) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery {
        text = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        var problems = new RuleViolation.Collector();
        problems.check(!text.isEmpty(), "q", "search.query.empty", "Type what to search for");
        problems.check(text.length() <= MAX_LENGTH, "q", "search.query.tooLong",
                "Search for at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        problems.check(text.isEmpty() || text.length() > MAX_LENGTH || text.codePoints().anyMatch(Character::isLetterOrDigit),
                "q", "search.query.noWords", "Search for words: letters or digits");
        problems.check(limit >= 1 && limit <= MAX_LIMIT, "limit", "search.limit.range",
                "Ask for 1 to " + MAX_LIMIT + " hits", MAX_LIMIT);
        problems.throwIfAny();
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, DEFAULT_LIMIT);
    }
}
