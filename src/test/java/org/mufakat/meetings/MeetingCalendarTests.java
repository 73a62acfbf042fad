package org.mufakat.meetings;

import org.mufakat.testing.AsRecordKeeper;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mufakat.meetings.Refusals.refused;

/**
 * Scheduling and revising meetings against the real definition and database. Each test has its own days in
 * 2041-2044 (or a day of its own where the rule needs a real year), so that "nothing was saved" can be counted.
 */
@AsRecordKeeper
@SpringBootTest
class MeetingCalendarTests {

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    @Test
    void schedulesAMeetingWithTheTitleTimeZoneAndStatusItImplies() {
        LocalDate day = LocalDate.of(2041, 1, 8);

        MeetingSummary meeting = calendar.schedule(Plans.of("AMM", day).ordinals("74").in("Vientiane", "LA").plan());

        assertThat(meeting.title().en()).isEqualTo("74th ASEAN Foreign Ministers' Meeting");
        assertThat(meeting.framework().value()).isEqualTo("ASEAN");
        assertThat(meeting.timeZone().getId()).isEqualTo("Asia/Vientiane");
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(calendar.get(meeting.id()).meeting()).isEqualTo(meeting);
    }

    @Test
    void refusesAMeetingThatEndsBeforeItStarts() {
        LocalDate day = LocalDate.of(2041, 1, 15);

        refused(() -> calendar.schedule(Plans.of("SOM", day).until(day.minusDays(1)).plan()), "meeting.dates.endBeforeStart");

        assertThat(meetingsStartingOn(day)).isZero();
    }

    @Test
    void refusesARevisionThatEndsBeforeItStartsAndKeepsTheMeetingAsItWas() {
        LocalDate day = LocalDate.of(2041, 1, 22);
        Plans som = Plans.of("SOM", day).until(day.plusDays(1));
        MeetingSummary meeting = calendar.schedule(som.plan());

        refused(() -> calendar.revise(meeting.id(), som.until(day.minusDays(2)).plan(), meeting.version()), "meeting.dates.endBeforeStart");

        assertThat(calendar.get(meeting.id()).meeting()).isEqualTo(meeting);
    }

    @Test
    void refusesAnOrdinalAlreadyUsedInTheSeries() {
        LocalDate day = LocalDate.of(2041, 2, 5);
        calendar.schedule(Plans.of("Summit", day).ordinals("78, 79").plan());

        var violation = refused(() -> calendar.schedule(Plans.of("Summit", day.plusDays(1)).ordinals("79").plan()), "meeting.ordinals.taken");

        assertThat(violation.violations().getFirst().defaultMessage()).contains("78th and 79th ASEAN Summits");
        assertThat(meetingsStartingOn(day.plusDays(1))).isZero();
    }

    @Test
    void allowsTheSameOrdinalInAnotherAseanPlusOneFramework() {
        LocalDate day = LocalDate.of(2041, 2, 12);
        Plans fmm = Plans.of("ASEAN+1 FMM", day).ordinals("141");

        MeetingSummary withJapan = calendar.schedule(fmm.framework("ASEAN-JPN").plan());
        MeetingSummary withKorea = calendar.schedule(fmm.framework("ASEAN-KOR").plan());

        assertThat(withJapan.ordinals()).isEqualTo(withKorea.ordinals());
        assertThat(withJapan.title().en()).isEqualTo("141st ASEAN–Japan Foreign Ministers' Meeting");
        refused(() -> calendar.schedule(fmm.framework("ASEAN-JPN").startingOn(day.plusDays(1)).plan()), "meeting.ordinals.taken");
        assertThat(meetingsStartingOn(day.plusDays(1))).isZero();
    }

    @Test
    void aCancelledMeetingFreesItsOrdinal() {
        LocalDate day = LocalDate.of(2041, 2, 19);
        Plans amm = Plans.of("AMM", day).ordinals("75");
        MeetingSummary cancelled = calendar.schedule(amm.plan());
        cancelled = calendar.revise(cancelled.id(), amm.status(MeetingStatus.CANCELLED).plan(), cancelled.version());

        MeetingSummary replacement = calendar.schedule(amm.startingOn(day.plusDays(7)).plan());

        assertThat(replacement.ordinals()).isEqualTo(Ordinals.single(75));
        MeetingSummary stillCancelled = cancelled;
        refused(() -> calendar.revise(stillCancelled.id(), amm.status(MeetingStatus.PLANNED).plan(), stillCancelled.version()),
                "meeting.ordinals.taken");
        assertThat(calendar.get(cancelled.id()).meeting().status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void aMeetingKeepsItsOwnOrdinalWhenRevised() {
        LocalDate day = LocalDate.of(2041, 2, 26);
        Plans amm = Plans.of("AMM", day).ordinals("76");
        MeetingSummary meeting = calendar.schedule(amm.plan());

        MeetingSummary revised = calendar.revise(meeting.id(), amm.venue("National Convention Centre").plan(), meeting.version());

        assertThat(revised.ordinals()).isEqualTo(Ordinals.single(76));
        assertThat(revised.version()).isEqualTo(meeting.version() + 1);
    }

    @Test
    void refusesOrdinalsOnAnUnnumberedSeries() {
        LocalDate day = LocalDate.of(2041, 3, 5);

        refused(() -> calendar.schedule(Plans.of("SOM", day).ordinals("3").plan()), "meeting.ordinals.notNumbered");

        assertThat(meetingsStartingOn(day)).isZero();
    }

    @Test
    void refusesAChairWhoIsNotAMemberAtTheDate() {
        LocalDate day = LocalDate.of(2041, 3, 12);

        refused(() -> calendar.schedule(Plans.of("SOM", day).chair("JPN").plan()), "meeting.chair.notMember");

        assertThat(meetingsStartingOn(day)).isZero();
    }

    @Test
    void refusesTimorLesteAsChairWhileAnObserverButNotOnceAMember() {
        LocalDate asObserver = LocalDate.of(2024, 3, 18);
        LocalDate asMember = LocalDate.of(2026, 3, 16);

        refused(() -> calendar.schedule(Plans.of("SOM", asObserver).chair("TLS").plan()), "meeting.chair.notMember");
        MeetingSummary meeting = calendar.schedule(Plans.of("SOM", asMember).chair("TLS").plan());

        assertThat(meetingsStartingOn(asObserver)).isZero();
        assertThat(meeting.chair()).isEqualTo(PartyCode.of("TLS"));
        assertThat(meeting.timeZone().getId()).isEqualTo("Asia/Dili");
        assertThat(calendar.get(meeting.id()).chairFromChairYear()).isFalse();
    }

    @Test
    void refusesAChairThatIsNoParty() {
        LocalDate day = LocalDate.of(2041, 3, 19);

        refused(() -> calendar.schedule(Plans.of("SOM", day).chair("ZZZ").plan()), "meeting.chair.unknown");

        assertThat(meetingsStartingOn(day)).isZero();
    }

    @Test
    void takesTheChairOfTheYearWhenNoneIsNamed() {
        MeetingSummary meeting = calendar.schedule(Plans.of("SOM", LocalDate.of(2024, 3, 19)).plan());

        assertThat(meeting.chair()).isEqualTo(PartyCode.of("LAO"));
        assertThat(meeting.timeZone().getId()).isEqualTo("Asia/Vientiane");
        assertThat(calendar.get(meeting.id()).chairFromChairYear()).isTrue();
    }

    @Test
    void refusesAFrameworkThatIsNotTheSeries() {
        LocalDate day = LocalDate.of(2041, 3, 26);

        refused(() -> calendar.schedule(Plans.of("AMM", day).framework("APT").plan()), "meeting.framework.notOfSeries");
        refused(() -> calendar.schedule(Plans.of("ASEAN+1 FMM", day).framework("EAS").plan()), "meeting.framework.notOfSeries");
        refused(() -> calendar.schedule(Plans.of("ASEAN+1 FMM", day).plan()), "meeting.framework.required");

        assertThat(meetingsStartingOn(day)).isZero();
    }

    @Test
    void refusesUnknownSeriesFrameworksAndMeetings() {
        LocalDate day = LocalDate.of(2041, 4, 2);

        refused(() -> calendar.schedule(Plans.of("Tea Party", day).plan()), "meeting.series.unknown");
        refused(() -> calendar.schedule(Plans.of("SOM", day).framework("NOWHERE").plan()), "meeting.framework.unknown");
        refused(() -> calendar.schedule(Plans.of("SOM", day).prepares(MeetingId.random()).plan()), "meeting.prepares.unknown");
        MeetingId unknown = MeetingId.random();
        assertThatThrownBy(() -> calendar.revise(unknown, Plans.of("SOM", day).plan(), 0L)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> calendar.get(unknown)).isInstanceOf(NotFound.class);
        assertThat(calendar.meeting(unknown)).isEmpty();

        assertThat(meetingsStartingOn(day)).isZero();
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        LocalDate day = LocalDate.of(2041, 4, 9);

        refused(() -> calendar.schedule(Plans.of("SOM", day).ordinals("1").chair("JPN").prepares(MeetingId.random()).plan()),
                "meeting.ordinals.notNumbered", "meeting.chair.notMember", "meeting.prepares.unknown");

        assertThat(meetingsStartingOn(day)).isZero();
    }

    @Test
    void aMeetingPreparesLaterMeetingsOnly() {
        LocalDate somDay = LocalDate.of(2041, 5, 7);
        MeetingSummary amm = calendar.schedule(Plans.of("AMM", somDay.plusDays(7)).ordinals("77").plan());
        MeetingSummary earlier = calendar.schedule(Plans.of("SOM", somDay.minusDays(7)).plan());

        MeetingSummary som = calendar.schedule(Plans.of("SOM", somDay).prepares(amm.id()).plan());
        refused(() -> calendar.schedule(Plans.of("SOM", somDay.plusDays(1)).prepares(earlier.id()).plan()), "meeting.prepares.before");

        assertThat(calendar.get(som.id()).prepares()).extracting(MeetingSummary::id).containsExactly(amm.id());
        assertThat(calendar.get(amm.id()).preparedBy()).extracting(MeetingSummary::id).containsExactly(som.id());
        assertThat(meetingsStartingOn(somDay.plusDays(1))).isZero();
    }

    @Test
    void refusesReschedulingAPreparedMeetingBeforeTheMeetingThatPreparesIt() {
        LocalDate somDay = LocalDate.of(2041, 5, 14);
        Plans amm = Plans.of("AMM", somDay.plusDays(10)).ordinals("78");
        MeetingSummary prepared = calendar.schedule(amm.plan());
        MeetingSummary som = calendar.schedule(Plans.of("SOM", somDay).prepares(prepared.id()).plan());

        refused(() -> calendar.revise(prepared.id(), amm.startingOn(somDay.minusDays(1)).plan(), prepared.version()),
                "meeting.preparedBy.later");
        MeetingSummary sameDay = calendar.revise(prepared.id(), amm.startingOn(somDay).plan(), prepared.version());

        assertThat(sameDay.dates().startDate()).isEqualTo(somDay);
        assertThat(calendar.get(prepared.id()).preparedBy()).extracting(MeetingSummary::id).containsExactly(som.id());
    }

    @Test
    void aMeetingCannotPrepareItself() {
        Plans som = Plans.of("SOM", LocalDate.of(2041, 5, 21));
        MeetingSummary meeting = calendar.schedule(som.plan());

        refused(() -> calendar.revise(meeting.id(), som.prepares(meeting.id()).plan(), meeting.version()), "meeting.prepares.self");

        assertThat(calendar.get(meeting.id()).prepares()).isEmpty();
        assertThat(calendar.get(meeting.id()).meeting().version()).isEqualTo(meeting.version());
    }

    @Test
    void refusesAMeetingHeldInTheFuture() {
        LocalDate day = LocalDate.of(2041, 6, 4);

        refused(() -> calendar.schedule(Plans.of("SOM", day).status(MeetingStatus.HELD).plan()), "meeting.status.heldInFuture");
        MeetingSummary planned = calendar.schedule(Plans.of("SOM", day).plan());
        refused(() -> calendar.revise(planned.id(), Plans.of("SOM", day).status(MeetingStatus.HELD).plan(), planned.version()),
                "meeting.status.heldInFuture");

        assertThat(meetingsStartingOn(day)).isOne();
        assertThat(calendar.get(planned.id()).meeting().status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void aHeldMeetingCannotChangeItsStatus() {
        // A day in the past, far from the demo's years: only a meeting that has started can have been held.
        Plans som = Plans.of("SOM", LocalDate.of(1998, 2, 16)).status(MeetingStatus.HELD);
        MeetingSummary held = calendar.schedule(som.plan());

        for (MeetingStatus other : new MeetingStatus[]{MeetingStatus.PLANNED, MeetingStatus.CONFIRMED, MeetingStatus.POSTPONED, MeetingStatus.CANCELLED}) {
            refused(() -> calendar.revise(held.id(), som.status(other).plan(), held.version()), "meeting.status.transition");
        }
        MeetingSummary corrected = calendar.revise(held.id(), som.online().plan(), held.version());

        assertThat(corrected.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(corrected.format()).isEqualTo(MeetingFormat.ONLINE);
    }

    @Test
    void aRefusedRevisionLeavesNoRevisionBehind() {
        Plans som = Plans.of("SOM", LocalDate.of(2041, 6, 18));
        MeetingSummary meeting = calendar.schedule(som.plan());
        long revisions = revisionsOf(meeting.id());

        refused(() -> calendar.revise(meeting.id(), som.chair("USA").venue("Somewhere").plan(), meeting.version()), "meeting.chair.notMember");

        assertThat(revisionsOf(meeting.id())).isEqualTo(revisions).isOne();
        assertThat(calendar.get(meeting.id()).meeting()).isEqualTo(meeting);
    }

    @Test
    void aRevisionMustSayWhichVersionItEdited() {
        Plans som = Plans.of("SOM", LocalDate.of(2041, 6, 25));
        MeetingSummary meeting = calendar.schedule(som.plan());

        refused(() -> calendar.revise(meeting.id(), som.venue("Somewhere").plan(), null), "edit.version.required");

        assertThat(calendar.get(meeting.id()).meeting().venue()).isNull();
    }

    private long meetingsStartingOn(LocalDate day) {
        return jdbc.sql("select count(*) from meeting where start_date = ?").param(day).query(Long.class).single();
    }

    private long revisionsOf(MeetingId meeting) {
        return jdbc.sql("select count(*) from revision where aggregate_type = 'meeting' and aggregate_id = ?")
                .param(meeting.toString()).query(Long.class).single();
    }
}
