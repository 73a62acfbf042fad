package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;

import java.time.Instant;
import java.time.ZoneId;

/** A silence procedure: its deadline (an instant, and the zone it was set in) and how it ended. */
public record SilenceView(SilenceId id, DocumentId document, MeetingId meeting, int version, Instant deadline, ZoneId zone,
                          SilenceStatus status, String startedBy, Instant startedAt, PartyCode brokenBy, String brokenReason,
                          Instant brokenAt, Instant closedAt) {
}
