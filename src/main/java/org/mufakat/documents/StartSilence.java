package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The Chair puts a version under silence at a meeting's stage until a deadline, a local time in a zone. */
public record StartSilence(DocumentId document, MeetingId meeting, int version, LocalDateTime deadline, ZoneId zone) {

    public StartSilence {
        var problems = new RuleViolation.Collector();
        problems.check(meeting != null, "meeting", "silence.meeting.required", "Say at which meeting's stage");
        problems.check(version >= 1, "version", "silence.version.required", "Name the version put under silence");
        problems.check(deadline != null, "deadline", "silence.deadline.required", "Give the deadline (date and time)");
        problems.check(zone != null, "zone", "silence.zone.required", "Give the deadline's time zone");
        problems.throwIfAny();
    }

    public Instant deadlineInstant() {
        return deadline.atZone(zone).toInstant();
    }
}
