package org.mufakat.meetings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mufakat.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The status rules of a meeting, on the aggregate itself with "today" chosen by the test. */
class MeetingStatusTests {

    private static final LocalDate START = LocalDate.of(2044, 3, 10);
    private static final Instant NOW = Instant.parse("2044-01-01T00:00:00Z");

    @Test
    void aMeetingIsPlannedUnlessSaidOtherwise() {
        assertThat(schedule(plan(null), START.minusDays(30)).status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void refusesAMeetingHeldBeforeItStarts() {
        assertThatThrownBy(() -> schedule(plan(MeetingStatus.HELD), START.minusDays(1)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(codes(violation)).containsExactly("meeting.status.heldInFuture"));
    }

    @Test
    void aMeetingMayBeHeldFromTheDayItStarts() {
        assertThat(schedule(plan(MeetingStatus.HELD), START).status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void refusesMarkingAPlannedMeetingHeldBeforeItStarts() {
        Meeting meeting = schedule(plan(null), START.minusDays(30));

        assertThatThrownBy(() -> meeting.revise(plan(MeetingStatus.HELD), false, START.minusDays(1), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(codes(violation)).containsExactly("meeting.status.heldInFuture"));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @ParameterizedTest
    @EnumSource(value = MeetingStatus.class, names = "HELD", mode = EnumSource.Mode.EXCLUDE)
    void aHeldMeetingStaysHeld(MeetingStatus other) {
        Meeting meeting = schedule(plan(MeetingStatus.HELD), START.plusDays(1));

        assertThatThrownBy(() -> meeting.revise(plan(other), false, START.plusDays(2), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(codes(violation)).containsExactly("meeting.status.transition"));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void aHeldMeetingMayStillBeCorrected() {
        Meeting meeting = schedule(plan(MeetingStatus.HELD), START.plusDays(1));

        meeting.revise(new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(START, START.plusDays(1)), "Asia/Vientiane",
                MeetingFormat.ONLINE, null, null, null, null, MeetingStatus.HELD, null, null), false, START.plusDays(2), NOW);

        assertThat(meeting.format()).isEqualTo(MeetingFormat.ONLINE);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void aCancelledMeetingCanOnlyBePlannedAgain() {
        Meeting meeting = schedule(plan(MeetingStatus.CANCELLED), START.minusDays(30));

        assertThatThrownBy(() -> meeting.revise(plan(MeetingStatus.CONFIRMED), false, START.minusDays(20), NOW))
                .isInstanceOf(RuleViolation.class);
        meeting.revise(plan(MeetingStatus.PLANNED), false, START.minusDays(20), NOW);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void theTransitionTableAllowsOnlyWhatTheDomainAllows() {
        assertThat(MeetingStatus.HELD.next()).isEmpty();
        assertThat(MeetingStatus.CANCELLED.next()).containsExactly(MeetingStatus.PLANNED);
        assertThat(MeetingStatus.PLANNED.canBecome(MeetingStatus.HELD)).isTrue();
        assertThat(MeetingStatus.POSTPONED.canBecome(MeetingStatus.CONFIRMED)).isTrue();
        for (MeetingStatus status : MeetingStatus.values()) {
            assertThat(status.canBecome(status)).isTrue();
        }
    }

    @Test
    void aMeetingFollowsTheChairYearOnlyIfItTookItsChairFromIt() {
        Meeting defaulted = Meeting.schedule(withChair("LAO"), true, START.minusDays(30), NOW);
        Meeting chosen = Meeting.schedule(withChair("LAO"), false, START.minusDays(30), NOW);

        assertThat(defaulted.followChairYear(org.mufakat.organisation.PartyCode.of("MYS"), NOW)).isTrue();
        assertThat(defaulted.chair()).isEqualTo(org.mufakat.organisation.PartyCode.of("MYS"));
        assertThat(defaulted.followChairYear(org.mufakat.organisation.PartyCode.of("MYS"), NOW)).isFalse();
        assertThat(chosen.followChairYear(org.mufakat.organisation.PartyCode.of("MYS"), NOW)).isFalse();
        assertThat(chosen.chair()).isEqualTo(org.mufakat.organisation.PartyCode.of("LAO"));
    }

    private static Meeting schedule(MeetingPlan plan, LocalDate today) {
        return Meeting.schedule(plan, false, today, NOW);
    }

    private static MeetingPlan plan(MeetingStatus status) {
        return new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(START, START.plusDays(1)), "Asia/Vientiane",
                MeetingFormat.IN_PERSON, null, null, null, null, status, null, null);
    }

    private static MeetingPlan withChair(String chair) {
        return new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(START, START), "Asia/Vientiane",
                MeetingFormat.IN_PERSON, null, null, null, org.mufakat.organisation.PartyCode.of(chair), null, null, null);
    }

    private static java.util.List<String> codes(RuleViolation violation) {
        return violation.violations().stream().map(RuleViolation.Violation::code).toList();
    }
}
