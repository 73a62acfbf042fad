package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;

/** A position as it went on the record (positions are never changed: a later one supersedes it). */
public record PositionRecord(long sequence, MeetingId meeting, int version, ConsensusMatrix.Row row) {
}
