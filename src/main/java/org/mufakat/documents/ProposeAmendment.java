package org.mufakat.documents;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;

/**
 * A delegation proposes to replace or delete a paragraph of version {@code baseVersion}, or to insert a new one
 * after it. The proposed text is one paragraph (no blank lines, no headings).
 */
public record ProposeAmendment(DocumentId document, PartyCode party, int baseVersion, String paragraph,
                               AmendmentOperation operation, String proposedText, String reason) {

    public ProposeAmendment {
        var problems = new RuleViolation.Collector();
        problems.check(party != null, "party", "amendment.party.required", "Say which state proposes it");
        problems.check(paragraph != null && !paragraph.isBlank(), "paragraph", "amendment.paragraph.required", "Name the paragraph (e.g. OP3)");
        problems.check(operation != null, "operation", "amendment.operation.required", "Say whether to insert, delete or replace");
        proposedText = proposedText == null || proposedText.isBlank() ? null : proposedText.strip();
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        problems.check(reason != null, "reason", "amendment.reason.required", "Give the reason for the amendment");
        problems.check(reason == null || reason.length() <= 4000, "reason", "amendment.reason.tooLong", "A reason has at most 4000 characters");
        if (operation != null && operation != AmendmentOperation.DELETE) {
            problems.check(proposedText != null, "proposedText", "amendment.text.required", "Give the proposed text");
            if (proposedText != null) {
                StructuredText parsed = StructuredText.parse(proposedText);
                problems.check(parsed.blocks().size() == 1 && parsed.blocks().getFirst().isParagraph(), "proposedText",
                        "amendment.text.oneParagraph", "The proposed text is one paragraph: no blank lines, headings or '---'");
            }
        } else {
            problems.check(proposedText == null, "proposedText", "amendment.text.notForDeletion", "A deletion proposes no text");
        }
        problems.throwIfAny();
        paragraph = paragraph.strip().toUpperCase(java.util.Locale.ROOT);
        if (proposedText != null) {
            proposedText = StructuredText.parse(proposedText).blocks().getFirst().text();
        }
    }
}
