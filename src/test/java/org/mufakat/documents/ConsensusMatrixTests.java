package org.mufakat.documents;

import org.junit.jupiter.api.Test;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsensusMatrixTests {

    static final PartyCode LAO = PartyCode.of("LAO");
    static final PartyCode MMR = PartyCode.of("MMR");
    static final PartyCode VNM = PartyCode.of("VNM");
    static final List<PartyCode> COUNTED = List.of(LAO, MMR, VNM);

    final Map<PartyCode, ConsensusMatrix.Row> latest = new HashMap<>();

    private void position(PartyCode party, Position position, LocalDate confirmBy, LocalDate confirmedOn, String... paragraphs) {
        latest.put(party, new ConsensusMatrix.Row(party, position, List.of(paragraphs), confirmBy, confirmedOn, null, "officer", Instant.EPOCH));
    }

    private ConsensusMatrix matrix(boolean flexible) {
        return ConsensusMatrix.of(DocumentId.random(), MeetingId.random(), 2, flexible, COUNTED, latest);
    }

    @Test
    void everyStateThatCountsHasARowNoPositionUntilItRecordsOne() {
        position(VNM, Position.CONCURS, null, null);

        ConsensusMatrix matrix = matrix(false);

        assertThat(matrix.rows()).extracting(ConsensusMatrix.Row::position).containsExactly(Position.NONE, Position.NONE, Position.CONCURS);
        assertThat(matrix.consensus()).isFalse();
        assertThat(matrix.outstanding()).containsExactly(LAO, MMR);
    }

    @Test
    void consensusWhenEveryCountedStateConcurs() {
        COUNTED.forEach(p -> position(p, Position.CONCURS, null, null));

        assertThat(matrix(false).consensus()).isTrue();
        assertThat(matrix(false).outstanding()).isEmpty();
    }

    @Test
    void anUnconfirmedAdReferendumIsOnlyEnoughToAgreeAdReferendum() {
        position(LAO, Position.CONCURS, null, null);
        position(MMR, Position.CONCURS_AD_REFERENDUM, LocalDate.of(2024, 9, 1), null);
        position(VNM, Position.CONCURS, null, null);

        assertThat(matrix(false).consensus()).isFalse();
        assertThat(matrix(false).consensusAdReferendum()).isTrue();
        assertThat(matrix(false).outstanding()).containsExactly(MMR);

        position(MMR, Position.CONCURS_AD_REFERENDUM, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 8, 28));
        assertThat(matrix(false).consensus()).isTrue();
    }

    @Test
    void anAdReferendumConcurrenceIsOverdueOnlyAfterItsDayAndUntilConfirmed() {
        var waiting = new ConsensusMatrix.Row(PartyCode.of("VNM"), Position.CONCURS_AD_REFERENDUM, List.of(), LocalDate.of(2024, 9, 30), null,
                null, "officer", Instant.EPOCH);
        var confirmed = new ConsensusMatrix.Row(PartyCode.of("LAO"), Position.CONCURS_AD_REFERENDUM, List.of(), LocalDate.of(2024, 9, 30),
                LocalDate.of(2024, 10, 2), null, "officer", Instant.EPOCH);

        assertThat(waiting.confirmationOverdueOn(LocalDate.of(2024, 9, 30))).isFalse();
        assertThat(waiting.confirmationOverdueOn(LocalDate.of(2024, 10, 1))).isTrue();
        assertThat(confirmed.confirmationOverdueOn(LocalDate.of(2024, 10, 5))).isFalse();
    }

    @Test
    void aReservationOrAnObjectionBlocksConsensus() {
        position(LAO, Position.CONCURS, null, null);
        position(MMR, Position.RESERVATION, null, null, "OP3");
        position(VNM, Position.CONCURS, null, null);
        assertThat(matrix(false).consensus()).isFalse();
        assertThat(matrix(false).consensusAdReferendum()).isFalse();

        position(MMR, Position.OBJECTION, null, null);
        assertThat(matrix(false).outstanding()).containsExactly(MMR);
    }

    @Test
    void withFlexibleParticipationAStateMayStandAsideButNotEveryone() {
        position(LAO, Position.CONCURS, null, null);
        position(MMR, Position.NOT_TAKING_PART, null, null);
        position(VNM, Position.CONCURS, null, null);

        assertThat(matrix(true).consensus()).isTrue();
        assertThat(matrix(false).consensus()).as("without flexible participation agreed").isFalse();

        COUNTED.forEach(p -> position(p, Position.NOT_TAKING_PART, null, null));
        assertThat(matrix(true).consensus()).isFalse();
    }

    @Test
    void aPartialMatrixSaysNothingAboutConsensus() {
        COUNTED.forEach(p -> position(p, Position.CONCURS, null, null));

        ConsensusMatrix partial = matrix(false).onlyRowsOf(VNM::equals);

        assertThat(partial.rows()).extracting(ConsensusMatrix.Row::party).containsExactly(VNM);
        assertThat(partial.partial()).isTrue();
        assertThat(partial.consensus()).isFalse();
    }
}
