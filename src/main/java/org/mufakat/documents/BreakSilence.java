package org.mufakat.documents;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;

/** A state that counts breaks the running silence procedure on a document, with its reason. */
public record BreakSilence(DocumentId document, PartyCode party, String reason) {

    public BreakSilence {
        var problems = new RuleViolation.Collector();
        problems.check(party != null, "party", "silence.party.required", "Say which state breaks silence");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        problems.check(reason != null, "reason", "silence.reason.required", "Give the reason for breaking silence");
        problems.check(reason == null || reason.length() <= 4000, "reason", "silence.reason.tooLong", "A reason has at most 4000 characters");
        problems.throwIfAny();
    }
}
