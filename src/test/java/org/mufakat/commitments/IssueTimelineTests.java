package org.mufakat.commitments;

import org.junit.jupiter.api.Test;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Standing issues across meetings, and the statements tagged to them; meetings of its own are in March 2036. */
@SpringBootTest
@AsRecordKeeper
class IssueTimelineTests {

    @Autowired
    IssueRegister issues;
    @Autowired
    InterventionRegister interventions;
    @Autowired
    MeetingCalendar calendar;

    @Test
    void theEastSeaTimelineHoldsVietNamsStatementsFromTheSeedsOldestFirst() {
        List<IssueTimeline.Entry> statements = issues.timeline("east-sea").entries().stream()
                .filter(e -> e.kind() == IssueTimeline.Kind.INTERVENTION).toList();

        assertThat(statements).extracting(e -> e.meeting().series().value())
                .containsExactly("AMM Retreat", "AMM", "EAS SOM");
        assertThat(statements).extracting(IssueTimeline.Entry::on)
                .containsExactly(LocalDate.of(2024, 1, 29), LocalDate.of(2024, 7, 25), LocalDate.of(2024, 8, 21));
        assertThat(statements).allSatisfy(e -> assertThat(e.party()).isEqualTo(PartyCode.of("VNM")));
        assertThat(statements.get(1).speaker()).isEqualTo("Đỗ Hùng Việt");
        assertThat(statements.get(0).speaker()).isEqualTo("Bùi Thanh Sơn");
    }

    @Test
    void outcomesAndStatementsInterleaveByDate() {
        MeetingSummary first = som(LocalDate.of(2036, 3, 2));
        MeetingSummary second = som(LocalDate.of(2036, 3, 20));
        IssueView issue = issues.open(new OpenStandingIssue("timeline-" + UUID.randomUUID().toString().substring(0, 8),
                LocalizedText.english("A test issue"), null));
        speak(second, "VNM", issue, "Said later");
        speak(first, "IDN", issue, "Said first");
        issues.reference(issue.code(), new OutcomeReference(LocalDate.of(2036, 3, 10), "Chairman's Statement", "12", null,
                LocalizedText.english("Addressed in between")), issue.version());

        IssueTimeline timeline = issues.timeline(issue.code());

        assertThat(timeline.entries()).extracting(e -> e.text().en()).containsExactly("Said first", "Addressed in between", "Said later");
        assertThat(timeline.entries()).extracting(IssueTimeline.Entry::kind).containsExactly(IssueTimeline.Kind.INTERVENTION,
                IssueTimeline.Kind.OUTCOME, IssueTimeline.Kind.INTERVENTION);
        assertThat(timeline.entries().get(1).paragraph()).isEqualTo("12");
    }

    @Test
    void refusesAStatementByAPartyNotAtTheMeetingsTableAndSavesNothing() {
        MeetingSummary som = som(LocalDate.of(2036, 3, 5));
        IssueView issue = issues.open(new OpenStandingIssue("offtable-" + UUID.randomUUID().toString().substring(0, 8),
                LocalizedText.english("Off the table"), null));

        assertThatThrownBy(() -> speak(som, "JPN", issue, "Japan at an ASEAN SOM"))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("intervention.party.notAtTable"));
        assertThat(interventions.atMeeting(som.id())).isEmpty();
    }

    @Test
    void refusesAPointTaggedToAnAreaThePlanDoesNotHave() {
        MeetingSummary som = som(LocalDate.of(2036, 3, 6));
        PlanId plan = new PlanId(UUID.randomUUID());

        assertThatThrownBy(() -> interventions.record(new RecordIntervention(som.id(), PartyCode.of("VNM"), null, List.of(
                new RecordIntervention.Point(LocalizedText.english("On a missing area"), List.of(), List.of(),
                        List.of(new RecordIntervention.AreaRef(plan, 3)))))))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("intervention.tag.areaUnknown"));
        assertThat(interventions.atMeeting(som.id())).isEmpty();
    }

    @Test
    void aCountryListsWhatItsHeadsSaidLatestFirst() {
        List<InterventionView> vietNam = interventions.ofParty(PartyCode.of("VNM"));

        assertThat(vietNam).extracting(v -> v.meeting().dates().startDate()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(vietNam).extracting(v -> v.meeting().series().value()).contains("SOM", "AMM Retreat", "EAS SOM");
        InterventionView retreat = vietNam.stream().filter(v -> v.meeting().series().value().equals("AMM Retreat")).findFirst().orElseThrow();
        assertThat(retreat.points()).hasSize(4);
        assertThat(retreat.points().get(1).initiatives()).extracting(l -> l.title().en()).containsExactly("ASEAN Future Forum");
        assertThat(retreat.points().get(3).issues()).extracting(InterventionView.IssueLabel::code).containsExactly("myanmar");
    }

    private void speak(MeetingSummary meeting, String party, IssueView issue, String text) {
        interventions.record(new RecordIntervention(meeting.id(), PartyCode.of(party), null,
                List.of(new RecordIntervention.Point(LocalizedText.english(text), List.of(issue.id()), List.of(), List.of()))));
    }

    private MeetingSummary som(LocalDate day) {
        return calendar.schedule(new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, null), null,
                MeetingFormat.ONLINE, null, null, null, null, null, null, Set.of()));
    }
}
