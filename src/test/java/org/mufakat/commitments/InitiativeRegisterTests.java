package org.mufakat.commitments;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@AsRecordKeeper
class InitiativeRegisterTests {

    @Autowired
    InitiativeRegister initiatives;

    @Test
    void theStatusFollowsTheOccasionsAndNeverGoesBack() {
        InitiativeView proposed = propose("VNM", 2032);
        InitiativeView held = initiatives.record(proposed.id(), event(LocalDate.of(2032, 6, 1), InitiativeStatus.HELD), proposed.version());
        assertThat(held.status()).isEqualTo(InitiativeStatus.HELD);

        assertThatThrownBy(() -> initiatives.record(held.id(), event(LocalDate.of(2032, 9, 1), InitiativeStatus.WELCOMED), held.version()))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("initiative.status.backwards"));
        // An occasion between two others fits only if its status lies between theirs.
        InitiativeView welcomed = initiatives.record(held.id(), event(LocalDate.of(2032, 3, 1), InitiativeStatus.WELCOMED), held.version());
        assertThat(welcomed.occasions()).extracting(InitiativeView.Occasion::status)
                .containsExactly(InitiativeStatus.PROPOSED, InitiativeStatus.WELCOMED, InitiativeStatus.HELD);
        assertThat(welcomed.status()).isEqualTo(InitiativeStatus.HELD);
    }

    @Test
    void refusesAnOccasionBeforeTheInitiativeWasFirstRaised() {
        InitiativeView proposed = propose("VNM", 2032);

        assertThatThrownBy(() -> initiatives.record(proposed.id(), event(LocalDate.of(2031, 12, 31), InitiativeStatus.PROPOSED), proposed.version()))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("initiative.occasion.beforeProposal"));
    }

    @Test
    void aStaleVersionIsAConflict() {
        InitiativeView proposed = propose("VNM", 2032);
        initiatives.record(proposed.id(), event(LocalDate.of(2032, 5, 1), InitiativeStatus.WELCOMED), proposed.version());

        assertThatThrownBy(() -> initiatives.record(proposed.id(), event(LocalDate.of(2032, 6, 1), InitiativeStatus.HELD), proposed.version()))
                .isInstanceOf(EditConflict.class);
    }

    @Test
    void onlyMembersAtTheDateVoiceSupport() {
        InitiativeView proposed = propose("VNM", 2024);

        // Timor-Leste was an observer in 2024: it became a member on 26 October 2025.
        assertThatThrownBy(() -> initiatives.support(proposed.id(), PartyCode.of("TLS"), null))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("initiative.supporter.notMember"));
        InitiativeView supported = initiatives.support(proposed.id(), PartyCode.of("LAO"), null);
        assertThat(supported.supporters()).extracting(InitiativeView.Supporter::party).containsExactly(PartyCode.of("LAO"));
        InitiativeView later = propose("VNM", 2026);
        assertThat(initiatives.support(later.id(), PartyCode.of("TLS"), null).supporters()).hasSize(1);
    }

    @Test
    void aChairsInitiativeIsProposedByTheChairOfItsYear() {
        InitiativeView chairs = initiatives.propose(new ProposeInitiative(LocalizedText.english("Chair's initiative " + UUID.randomUUID()), null,
                null, true, 2024, event(LocalDate.of(2024, 3, 1), InitiativeStatus.PROPOSED)));

        assertThat(chairs.byChair()).isTrue();
        assertThat(chairs.proposer()).isEqualTo(PartyCode.of("LAO"));
    }

    @Test
    void refusesAProposerWhoWasNoMemberThatYear() {
        assertThatThrownBy(() -> propose("JPN", 2032)).isInstanceOfSatisfying(RuleViolation.class, v ->
                assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("initiative.proposer.notMember"));
    }

    @Test
    void theDemoDataFollowsTheAseanFutureForumFromProposalToRecurrence() {
        InitiativeView forum = initiatives.initiatives().stream().filter(i -> i.title().en().equals("ASEAN Future Forum")).findFirst().orElseThrow();

        assertThat(forum.proposer()).isEqualTo(PartyCode.of("VNM"));
        assertThat(forum.status()).isEqualTo(InitiativeStatus.RECURRING);
        assertThat(forum.occasions()).extracting(InitiativeView.Occasion::status)
                .containsExactly(InitiativeStatus.PROPOSED, InitiativeStatus.HELD, InitiativeStatus.RECURRING);
        assertThat(forum.occasions().getFirst().meeting().series().value()).isEqualTo("AMM Retreat");
        assertThat(forum.occasions().get(1).event().en()).contains("Hanoi");
    }

    private InitiativeView propose(String party, int year) {
        return initiatives.propose(new ProposeInitiative(LocalizedText.english("Initiative " + UUID.randomUUID()), null, PartyCode.of(party),
                false, year, event(LocalDate.of(year, 1, 15), InitiativeStatus.PROPOSED)));
    }

    private static InitiativeOccasion event(LocalDate on, InitiativeStatus status) {
        return new InitiativeOccasion(on, status, null, LocalizedText.english("Event of " + on));
    }
}
