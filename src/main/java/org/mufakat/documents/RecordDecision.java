package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.RuleViolation;

/** What a meeting on the path decided, naming the version it applies to; only agreement may be ad referendum. */
public record RecordDecision(DocumentId document, MeetingId meeting, Decision decision, int version, boolean adReferendum,
                             String note) {

    public RecordDecision {
        var problems = new RuleViolation.Collector();
        problems.check(meeting != null, "meeting", "decision.meeting.required", "Say at which meeting");
        problems.check(decision != null, "decision", "decision.required", "Choose the decision");
        problems.check(version >= 1, "version", "decision.version.required", "Name the version decided on");
        problems.check(!adReferendum || decision == Decision.AGREED, "adReferendum", "decision.adReferendum.onlyAgreed",
                "Only an agreement can be ad referendum");
        note = note == null || note.isBlank() ? null : note.strip();
        problems.check(note == null || note.length() <= 4000, "note", "decision.note.tooLong", "A note has at most 4000 characters");
        problems.throwIfAny();
    }
}
