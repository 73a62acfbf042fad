package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The states that count at a meeting for one version of a document, each with its latest position. Consensus
 * (Charter, Art. 20) exists only when every state that counts concurs, every concurrence ad referendum is confirmed
 * and, where flexible participation was agreed, those who do not take part are the only exceptions.
 */
public record ConsensusMatrix(DocumentId document, MeetingId meeting, int version, boolean flexibleParticipation,
                              List<Row> rows, boolean partial) {

    /** A state's latest position; {@link Position#NONE} with nulls when it has recorded none for this version. */
    public record Row(PartyCode party, Position position, List<String> paragraphs, LocalDate confirmBy, LocalDate confirmedOn,
                      String note, String recordedBy, Instant recordedAt) {

        public Row {
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        }

        static Row none(PartyCode party) {
            return new Row(party, Position.NONE, List.of(), null, null, null, null, null);
        }

        public boolean awaitsConfirmation() {
            return position == Position.CONCURS_AD_REFERENDUM && confirmedOn == null;
        }

        /** An ad referendum concurrence whose capital has not confirmed it by the day it said it would. */
        public boolean confirmationOverdueOn(LocalDate today) {
            return awaitsConfirmation() && confirmBy != null && today.isAfter(confirmBy);
        }

        /** Concurs (ad referendum too when {@code adReferendumEnough}). */
        boolean concurs(boolean adReferendumEnough) {
            return position == Position.CONCURS
                    || (position == Position.CONCURS_AD_REFERENDUM && (confirmedOn != null || adReferendumEnough));
        }
    }

    public ConsensusMatrix {
        rows = List.copyOf(rows);
    }

    /** The matrix from the counted states, in order, and the latest position of those who recorded one. */
    static ConsensusMatrix of(DocumentId document, MeetingId meeting, int version, boolean flexible, List<PartyCode> counted,
                              Map<PartyCode, Row> latest) {
        List<Row> rows = new ArrayList<>();
        for (PartyCode party : counted) {
            rows.add(latest.getOrDefault(party, Row.none(party)));
        }
        return new ConsensusMatrix(document, meeting, version, flexible, rows, false);
    }

    /** Only the rows the reader may see; a partial matrix tells nothing about consensus. */
    ConsensusMatrix onlyRowsOf(java.util.function.Predicate<PartyCode> readable) {
        List<Row> visible = rows.stream().filter(row -> readable.test(row.party())).toList();
        return visible.size() == rows.size() ? this : new ConsensusMatrix(document, meeting, version, flexibleParticipation, visible, true);
    }

    public boolean consensus() {
        return holds(false);
    }

    /** Every state that counts concurs, some only ad referendum still unconfirmed: enough to agree ad referendum. */
    public boolean consensusAdReferendum() {
        return holds(true);
    }

    private boolean holds(boolean adReferendumEnough) {
        if (partial) {
            return false;
        }
        boolean anyTakesPart = false;
        for (Row row : rows) {
            if (flexibleParticipation && row.position() == Position.NOT_TAKING_PART) {
                continue;
            }
            if (!row.concurs(adReferendumEnough)) {
                return false;
            }
            anyTakesPart = true;
        }
        return anyTakesPart;
    }

    /** The states that still stand in the way: no position, a reservation, an objection, an unconfirmed ad referendum. */
    public List<PartyCode> outstanding() {
        return rows.stream()
                .filter(row -> !(row.concurs(false) || (flexibleParticipation && row.position() == Position.NOT_TAKING_PART)))
                .map(Row::party).toList();
    }

    public boolean counts(PartyCode party) {
        return rows.stream().anyMatch(row -> row.party().equals(party));
    }
}
