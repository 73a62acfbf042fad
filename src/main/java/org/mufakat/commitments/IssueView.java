package org.mufakat.commitments;

import org.mufakat.platform.domain.LocalizedText;

import java.util.List;

/** A standing issue with the phrases reports name it by and the outcome paragraphs referenced as addressing it. */
public record IssueView(IssueId id, String code, LocalizedText title, LocalizedText description, IssueTerms terms, List<OutcomeReference> outcomes,
                        long version) {
}
