package org.mufakat.meetings;

import org.mufakat.testing.AsRecordKeeper;

import org.junit.jupiter.api.Test;
import org.mufakat.chair.ChairYearDetails;
import org.mufakat.chair.ChairYearOpened;
import org.mufakat.chair.Chairmanship;
import org.mufakat.chair.RecordChairYear;
import org.mufakat.organisation.PartyCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings that take their chair from the chair year follow it when it changes (ChairYearFollower, an
 * application module listener, runs asynchronously after the chair year's transaction commits). Each test has
 * a chair year of its own in 2051-2053, so that no other meetings follow it.
 */
@AsRecordKeeper
@SpringBootTest
@EnableScenarios
class ChairYearFollowerTests {

    private static final PartyCode INDONESIA = PartyCode.of("IDN");
    private static final PartyCode MALAYSIA = PartyCode.of("MYS");
    private static final PartyCode THAILAND = PartyCode.of("THA");

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    Chairmanship chairmanship;

    @Test
    void aMeetingWithoutANamedChairTakesTheChairOfItsYear() {
        ChairYearDetails year = chairmanship.record(new RecordChairYear(2051, INDONESIA, null, null, null, null));

        MeetingSummary meeting = calendar.schedule(Plans.of("SOM", LocalDate.of(year.year(), 4, 3)).plan());

        assertThat(meeting.chair()).isEqualTo(INDONESIA);
        assertThat(meeting.timeZone().getId()).isEqualTo("Asia/Jakarta");
        assertThat(calendar.get(meeting.id()).chairFromChairYear()).isTrue();
    }

    @Test
    void meetingsThatTookTheChairFromTheYearFollowItsChangeAndNamedChairsStay(Scenario scenario) {
        ChairYearDetails year = chairmanship.record(new RecordChairYear(2052, INDONESIA, null, null, null, null));
        MeetingSummary defaulted = calendar.schedule(Plans.of("SOM", LocalDate.of(2052, 4, 3)).plan());
        MeetingSummary named = calendar.schedule(Plans.of("SOM", LocalDate.of(2052, 4, 3)).chair("THA").plan());
        MeetingSummary otherYear = calendar.schedule(Plans.of("SOM", LocalDate.of(2053, 1, 5)).chair("IDN").plan());

        scenario.stimulate(() -> chairmanship.record(new RecordChairYear(2052, MALAYSIA, null, null, null, year.version())))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> calendar.get(defaulted.id()).meeting(), meeting -> MALAYSIA.equals(meeting.chair()))
                .andVerify(meeting -> {
                    assertThat(meeting.version()).isEqualTo(defaulted.version() + 1);
                    assertThat(calendar.get(defaulted.id()).chairFromChairYear()).isTrue();
                    assertThat(calendar.get(named.id()).meeting()).isEqualTo(named);
                    assertThat(calendar.get(otherYear.id()).meeting()).isEqualTo(otherYear);
                });
    }

    @Test
    void aChangedChairIsAnnouncedForTheYear(Scenario scenario) {
        // The scenario sees every event since the test began, the first recording's ChairYearOpened(IDN) included.
        ChairYearDetails year = chairmanship.record(new RecordChairYear(2053, INDONESIA, null, null, null, null));

        scenario.stimulate(() -> chairmanship.record(new RecordChairYear(2053, THAILAND, null, null, null, year.version())))
                .andWaitForEventOfType(ChairYearOpened.class)
                .matching(opened -> opened.year() == 2053 && opened.chair().equals(THAILAND))
                .toArriveAndVerify(opened -> assertThat(chairmanship.chairOf(2053)).contains(THAILAND));
    }

    @Test
    void aMeetingScheduledBeforeItsYearHasAChairTakesTheChairOnceTheYearIsRecorded(Scenario scenario) {
        MeetingSummary meeting = calendar.schedule(Plans.of("SOM", LocalDate.of(2054, 6, 1)).plan());
        assertThat(meeting.chair()).isNull();

        scenario.stimulate(() -> chairmanship.record(new RecordChairYear(2054, MALAYSIA, null, null, null, null)))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> calendar.get(meeting.id()).meeting().chair())
                .andVerify(chair -> {
                    assertThat(chair).isEqualTo(MALAYSIA);
                    assertThat(calendar.get(meeting.id()).chairFromChairYear()).isTrue();
                });
    }
}
