package org.mufakat.outputs;

import org.mufakat.meetings.MeetingId;

import java.time.Instant;

/** What happens to a Chair's press release, in the past tense. */
public final class PressReleaseEvents {

    private PressReleaseEvents() {
    }

    public record PressReleaseDrafted(PressReleaseId pressRelease, MeetingId meeting) {
    }

    public record PressReleaseRevised(PressReleaseId pressRelease, MeetingId meeting) {
    }

    public record PressReleaseIssued(PressReleaseId pressRelease, MeetingId meeting, String issuedBy, Instant issuedAt) {
    }
}
