package org.mufakat.commitments;

import org.mufakat.platform.domain.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The phrases by which reports name a standing issue, in any language ("East Sea", "Biển Đông", "UNCLOS"): blank ones
 * dropped, repeats (letter case aside) kept once, each 2 to 100 characters, at most 30.
 */
public record IssueTerms(List<String> phrases) {

    static final int MOST = 30;

    public IssueTerms {
        List<String> kept = new ArrayList<>();
        for (String phrase : phrases == null ? List.<String>of() : phrases) {
            String stripped = phrase == null ? "" : phrase.strip().replaceAll("\\s+", " ");
            if (!stripped.isEmpty() && kept.stream().noneMatch(k -> k.toLowerCase(Locale.ROOT).equals(stripped.toLowerCase(Locale.ROOT)))) {
                kept.add(stripped);
            }
        }
        var problems = new RuleViolation.Collector();
        problems.check(kept.size() <= MOST, "terms", "standingIssue.terms.tooMany", "An issue has at most " + MOST + " phrases", MOST);
        for (String phrase : kept) {
            problems.check(phrase.length() >= 2 && phrase.length() <= 100, "terms", "standingIssue.terms.length",
                    "A phrase has 2 to 100 characters: " + phrase, phrase);
        }
        problems.throwIfAny();
        phrases = List.copyOf(kept);
    }

    public static IssueTerms none() {
        return new IssueTerms(List.of());
    }

    /** One phrase per line, as a form's text area gives them. */
    public static IssueTerms ofLines(String lines) {
        return new IssueTerms(lines == null ? List.of() : lines.lines().filter(Objects::nonNull).toList());
    }

    public String asLines() {
        return String.join("\n", phrases);
    }
}
