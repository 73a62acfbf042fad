package org.mufakat.commitments.web;

import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.RuleViolation;

/** The meeting a form's list sends: its id, or blank when none is chosen; anything else is a message at the field. */
final class MeetingChoice {

    private MeetingChoice() {
    }

    /** The chosen meeting, or null when none is chosen or the value is unreadable (then with a problem noted). */
    static MeetingId of(String chosen, RuleViolation.Collector problems) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        try {
            return MeetingId.parse(chosen.strip());
        } catch (IllegalArgumentException e) {
            problems.add("meeting", "commitments.meeting.unknown", "There is no meeting " + chosen, chosen);
            return null;
        }
    }
}
