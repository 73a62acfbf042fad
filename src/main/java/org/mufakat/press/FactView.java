package org.mufakat.press;

import org.mufakat.meetings.MeetingSummary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A fact of a report as the review page shows it: what the reader proposed ({@code values}, unknown ones absent), what
 * the reviewer accepted, the sentence, and for a proposed meeting the meeting on record it matches ({@code match},
 * null: it would be new) by which rule; for a head of delegation the positions of the meetings they led at; for a
 * decided fact the records it created, updated or confirmed.
 */
public record FactView(int position, FactKind kind, FactStatus status, Span span, String sentence, Map<String, String> values,
                       Map<String, String> accepted, MeetingSummary match, String matchRule, List<Integer> meetings,
                       List<RecordRef> records, String decidedBy, Instant decidedAt) {

    public boolean proposed() {
        return status == FactStatus.PROPOSED;
    }
}
