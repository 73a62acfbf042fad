package org.mufakat.commitments;

import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.regex.Pattern;

/**
 * A standing issue to follow across meetings: a short code for its address ("east-sea"), a title, a description, and
 * the phrases by which reports name it.
 */
public record OpenStandingIssue(String code, LocalizedText title, LocalizedText description, IssueTerms terms) {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

    public OpenStandingIssue {
        code = code == null ? null : code.strip().toLowerCase(java.util.Locale.ROOT);
        var problems = new RuleViolation.Collector();
        problems.check(code != null && CODE.matcher(code).matches(), "code", "standingIssue.code.format",
                "A code is 2 to 60 lower-case letters, digits and hyphens, like east-sea");
        problems.check(title != null, "title", "standingIssue.title.required", "An issue needs a title");
        problems.throwIfAny();
        terms = terms == null ? IssueTerms.none() : terms;
    }

    public OpenStandingIssue(String code, LocalizedText title, LocalizedText description) {
        this(code, title, description, IssueTerms.none());
    }
}
