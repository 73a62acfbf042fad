package org.mufakat.outputs;

import org.mufakat.meetings.MeetingId;

import java.time.Instant;

/** A Chair's press release as stored: its text, who drafted and last revised it, whether and when it was issued. */
public record PressReleaseView(PressReleaseId id, MeetingId meeting, PressReleaseStatus status, PressReleaseText text,
                               String draftedBy, String revisedBy, Instant updatedAt, String issuedBy, Instant issuedAt,
                               long version) {

    public boolean issued() {
        return status == PressReleaseStatus.ISSUED;
    }
}
