package org.mufakat.chair;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.PartyCode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mufakat.chair.SmallOrganisation.ALBA;
import static org.mufakat.chair.SmallOrganisation.BORA;
import static org.mufakat.chair.SmallOrganisation.CORA;
import static org.mufakat.chair.SmallOrganisation.DORA;
import static org.mufakat.chair.SmallOrganisation.swap;
import static org.mufakat.chair.SmallOrganisation.termExtended;
import static org.mufakat.chair.SmallOrganisation.turnGivenUp;

/** The rotation rule on a made-up organisation of three or four members, anchored on Alba in 2030. */
class RotationRuleTests {

    private static final int ANCHOR = 2030;

    @Test
    void rotatesInAlphabeticalOrderFromTheAnchorAndWrapsRound() {
        var rule = new RotationRule(ANCHOR, ALBA, List.of());

        assertThat(chairs(rule, SmallOrganisation.ofFour(), 2030, 2035))
                .containsExactly(ALBA, BORA, CORA, DORA, ALBA, BORA);
    }

    @Test
    void saysNothingAboutYearsBeforeTheAnchor() {
        var rule = new RotationRule(ANCHOR, ALBA, List.of());

        assertThat(rule.outcome(ANCHOR - 1, SmallOrganisation.ofFour().membersInOrder())).isEmpty();
    }

    @Test
    void aTurnGivenUpPassesTheYearToTheNextInOrderAndTheCycleMovesOn() {
        var givenUp = turnGivenUp(2031, BORA);
        var rule = new RotationRule(ANCHOR, ALBA, List.of(givenUp));
        var members = SmallOrganisation.ofFour().membersInOrder();

        assertThat(chairs(rule, SmallOrganisation.ofFour(), 2030, 2034)).containsExactly(ALBA, CORA, DORA, ALBA, BORA);
        RotationRule.Outcome year = rule.outcome(2031, members).orElseThrow();
        assertThat(year.plainOrder()).isEqualTo(BORA);
        assertThat(year.expected()).isEqualTo(CORA);
        assertThat(year.departsFromPlainOrder()).isTrue();
        assertThat(year.applied()).containsExactly(givenUp);
        assertThat(rule.outcome(2032, members).orElseThrow().applied()).isEmpty();
    }

    @Test
    void aTurnGivenUpByAPartyWhoseTurnItIsNotChangesNothing() {
        var rule = new RotationRule(ANCHOR, ALBA, List.of(turnGivenUp(2031, DORA)));

        RotationRule.Outcome year = rule.outcome(2031, SmallOrganisation.ofFour().membersInOrder()).orElseThrow();

        assertThat(year.expected()).isEqualTo(BORA);
        assertThat(year.applied()).isEmpty();
        assertThat(year.departsFromPlainOrder()).isFalse();
    }

    @Test
    void anExtendedTermKeepsLastYearsChairAndTheNextYearFollowsOnFromIt() {
        var extended = termExtended(2032, BORA);
        var rule = new RotationRule(ANCHOR, ALBA, List.of(extended));
        var members = SmallOrganisation.ofFour().membersInOrder();

        assertThat(chairs(rule, SmallOrganisation.ofFour(), 2030, 2034)).containsExactly(ALBA, BORA, BORA, CORA, DORA);
        RotationRule.Outcome year = rule.outcome(2032, members).orElseThrow();
        assertThat(year.plainOrder()).isEqualTo(CORA);
        assertThat(year.applied()).containsExactly(extended);
    }

    @Test
    void anExtensionNamingSomeoneWhoDidNotChairTheYearBeforeIsNotApplied() {
        var rule = new RotationRule(ANCHOR, ALBA, List.of(termExtended(2032, DORA)));

        assertThat(chairs(rule, SmallOrganisation.ofFour(), 2031, 2033)).containsExactly(BORA, CORA, DORA);
    }

    @Test
    void aSwapExchangesTwoYearsAndLeavesTheCycleAlone() {
        var swap = swap(2031, 2033);
        var rule = new RotationRule(ANCHOR, ALBA, List.of(swap));
        var members = SmallOrganisation.ofFour().membersInOrder();

        assertThat(chairs(rule, SmallOrganisation.ofFour(), 2030, 2035)).containsExactly(ALBA, DORA, CORA, BORA, ALBA, BORA);
        assertThat(rule.outcome(2031, members).orElseThrow().plainOrder()).isEqualTo(BORA);
        assertThat(rule.outcome(2031, members).orElseThrow().applied()).containsExactly(swap);
        assertThat(rule.outcome(2033, members).orElseThrow().applied()).containsExactly(swap);
        assertThat(rule.outcome(2032, members).orElseThrow().applied()).isEmpty();
    }

    @Test
    void aMemberAdmittedDuringTheYearTakesItsAlphabeticalPlaceFromTheNextYear() {
        var organisation = SmallOrganisation.ofThree().admit(CORA, "Cora", LocalDate.of(2031, 7, 1));
        var rule = new RotationRule(ANCHOR, ALBA, List.of());

        // Cora is not in the order of 2031 (not a member on 1 January) but is in 2032's, right after Bora.
        assertThat(chairs(rule, organisation, 2030, 2034)).containsExactly(ALBA, BORA, CORA, DORA, ALBA);
    }

    @Test
    void aMemberAdmittedAfterNewYearWaitsForTheFollowingYear() {
        var organisation = SmallOrganisation.ofThree().admit(CORA, "Cora", LocalDate.of(2032, 1, 2));
        var rule = new RotationRule(ANCHOR, ALBA, List.of());

        // 2032 is counted among Alba, Bora, Dora: Dora follows Bora; Cora's first turn comes round in 2035.
        assertThat(chairs(rule, organisation, 2030, 2036)).containsExactly(ALBA, BORA, DORA, ALBA, BORA, CORA, DORA);
    }

    @Test
    void decisionsCombine() {
        var rule = new RotationRule(ANCHOR, ALBA, List.of(turnGivenUp(2031, BORA), termExtended(2033, DORA), swap(2034, 2036)));

        // 2031 Cora (Bora gave up), 2032 Dora, 2033 Dora again, 2034 <-> 2036: plain Alba, Bora, Cora.
        assertThat(chairs(rule, SmallOrganisation.ofFour(), 2030, 2037)).containsExactly(ALBA, CORA, DORA, DORA, CORA, BORA, ALBA, DORA);
    }

    @Test
    void aSwapMustNameTheOtherYearAndOnlyASwapMay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RotationDecision(RotationDecision.Kind.SWAP, 2031, null, null,
                org.mufakat.platform.domain.LocalizedText.english("no other year")));
        assertThatIllegalArgumentException().isThrownBy(() -> new RotationDecision(RotationDecision.Kind.TURN_GIVEN_UP, 2031, 2033, BORA,
                org.mufakat.platform.domain.LocalizedText.english("a turn given up has no other year")));
        assertThatIllegalArgumentException().isThrownBy(() -> new RotationDecision(RotationDecision.Kind.TERM_EXTENDED, 2031, null, null,
                org.mufakat.platform.domain.LocalizedText.english("extended for nobody")));
    }

    private static List<PartyCode> chairs(RotationRule rule, SmallOrganisation organisation, int from, int to) {
        IntFunction<List<org.mufakat.organisation.Party>> members = organisation.membersInOrder();
        Map<Integer, PartyCode> chairs = new LinkedHashMap<>();
        IntStream.rangeClosed(from, to).forEach(year -> chairs.put(year, rule.expectedChair(year, members).orElseThrow()));
        return List.copyOf(chairs.values());
    }
}
