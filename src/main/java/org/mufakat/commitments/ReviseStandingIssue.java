package org.mufakat.commitments;

import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

/** What may change of a standing issue once opened: everything but its code, which other records and addresses use. */
public record ReviseStandingIssue(LocalizedText title, LocalizedText description, IssueTerms terms) {

    public ReviseStandingIssue {
        new RuleViolation.Collector().check(title != null, "title", "standingIssue.title.required", "An issue needs a title").throwIfAny();
        terms = terms == null ? IssueTerms.none() : terms;
    }
}
