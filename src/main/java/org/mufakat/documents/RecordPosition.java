package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;

/**
 * A state's position on the version under consideration at a meeting. Ad referendum names the date its capital
 * confirmed ({@code confirmedOn}) or the deadline for it ({@code confirmBy}); a reservation names its paragraphs.
 */
public record RecordPosition(DocumentId document, MeetingId meeting, PartyCode party, Position position, List<String> paragraphs,
                             LocalDate confirmBy, LocalDate confirmedOn, String note) {

    public RecordPosition {
        var problems = new RuleViolation.Collector();
        problems.check(meeting != null, "meeting", "position.meeting.required", "Say at which meeting");
        problems.check(party != null, "party", "position.party.required", "Say which state");
        problems.check(position != null && position != Position.NONE, "position", "position.required", "Choose the position");
        paragraphs = paragraphs == null ? List.of() : paragraphs.stream().filter(p -> p != null && !p.isBlank())
                .map(p -> p.strip().toUpperCase(java.util.Locale.ROOT)).distinct().toList();
        problems.check(position != Position.RESERVATION || !paragraphs.isEmpty(), "paragraphs", "position.reservation.paragraphs",
                "A reservation names the paragraphs it concerns");
        problems.check(position != Position.CONCURS_AD_REFERENDUM || confirmBy != null || confirmedOn != null, "confirmBy",
                "position.adReferendum.date", "Ad referendum: give the date of confirmation or the deadline for it");
        note = note == null || note.isBlank() ? null : note.strip();
        problems.check(note == null || note.length() <= 4000, "note", "position.note.tooLong", "A note has at most 4000 characters");
        problems.throwIfAny();
        if (position != Position.RESERVATION) {
            paragraphs = List.of();
        }
        if (position != Position.CONCURS_AD_REFERENDUM) {
            confirmBy = null;
            confirmedOn = null;
        }
    }
}
