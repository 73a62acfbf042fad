package org.mufakat.press;

import org.junit.jupiter.api.Test;
import org.mufakat.meetings.DelegationDetails;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.Ordinals;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.RegisterPerson;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.AccessRefused;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Matching, accepting, correcting and rejecting a report's facts, and their provenance. Years of their own, in the
 * past so that reported meetings can have been held: 2001-2012.
 */
@SpringBootTest
@AsRecordKeeper
@RecordApplicationEvents
class ReportReviewTests {

    @Autowired
    PressIntake intake;
    @Autowired
    PressReports reports;
    @Autowired
    ReportReview review;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DelegationRegister delegations;
    @Autowired
    PersonDirectory people;
    @Autowired
    ApplicationEvents events;

    @Test
    void aReportedMeetingNotOnRecordIsScheduledAsHeldWhenAcceptedWithTheReportAsItsSource() {
        ReportId report = imported(2003, "Hue", "Tran Van Kappa", 36);
        FactView som = reports.view(report).facts().getFirst();
        assertThat(som.match()).isNull();

        List<RecordRef> records = review.accept(report, som.position(), version(report));

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("MEETING");
            assertThat(r.action()).isEqualTo(RecordRef.Action.CREATED);
        });
        MeetingSummary scheduled = calendar.summary(new MeetingId(records.getFirst().id())).orElseThrow();
        assertThat(scheduled.series().value()).isEqualTo("SOM");
        assertThat(scheduled.dates()).isEqualTo(new MeetingDates(LocalDate.of(2003, 3, 14), LocalDate.of(2003, 3, 15)));
        assertThat(scheduled.city().en()).isEqualTo("Hue");
        assertThat(scheduled.countryIso()).isEqualTo("VN");
        assertThat(scheduled.format()).isEqualTo(MeetingFormat.IN_PERSON);
        assertThat(scheduled.status()).isEqualTo(MeetingStatus.HELD);
        FactView accepted = reports.view(report).fact(som.position());
        assertThat(accepted.status()).isEqualTo(FactStatus.ACCEPTED);
        assertThat(accepted.records()).isEqualTo(records);
        assertThat(accepted.decidedBy()).isEqualTo("record-keeper");
        assertThat(reports.covering(scheduled.id())).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo(report));
        assertThat(events.stream(ReportFactAccepted.class)).contains(new ReportFactAccepted(report, som.position(), FactKind.MEETING, records));
        assertThat(reports.view(report).summary().status()).isEqualTo(ReviewStatus.PARTLY_REVIEWED);
    }

    @Test
    void aNumberedMeetingIsMatchedToTheMeetingOnRecordWithItsSeriesAndOrdinal() {
        MeetingSummary amm = calendar.schedule(plan("AMM", Ordinals.single(38), LocalDate.of(2004, 7, 20), null, MeetingStatus.HELD));
        ReportId report = imported(2004, "Hue", "Tran Van Lambda", 38);

        FactView fact = reports.view(report).facts().get(1);

        assertThat(fact.values()).containsEntry("series", "AMM").containsEntry("ordinals", "38");
        assertThat(fact.match().id()).isEqualTo(amm.id());
        assertThat(fact.matchRule()).isEqualTo("ordinal");
    }

    @Test
    void anUnnumberedMeetingIsMatchedBySeriesOverlappingDatesAndPlaceButNotElsewhere() {
        MeetingSummary som = calendar.schedule(plan("SOM", null, LocalDate.of(2005, 3, 15), "Hai Phong", MeetingStatus.HELD));
        ReportId samePlace = imported(2005, "Hai Phong", "Tran Van Mu", 39);
        ReportId otherPlace = imported(2005, "Ha Long", "Tran Van Nu", 39);

        FactView matched = reports.view(samePlace).facts().getFirst();
        FactView unmatched = reports.view(otherPlace).facts().getFirst();

        assertThat(matched.match().id()).isEqualTo(som.id());
        assertThat(matched.matchRule()).isEqualTo("dates and place");
        assertThat(unmatched.match()).isNull();
    }

    @Test
    void acceptingAMatchedMeetingFillsInOnlyWhatTheRecordLacksAndNeverOverwritesIt() {
        MeetingSummary som = calendar.schedule(plan("SOM", null, LocalDate.of(2006, 3, 14), null, MeetingStatus.HELD));
        ReportId report = imported(2006, "Ha Long", "Tran Van Xi", 40);

        List<RecordRef> records = review.accept(report, 0, version(report));

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(som.id().value());
            assertThat(r.action()).isEqualTo(RecordRef.Action.UPDATED);
        });
        MeetingSummary after = calendar.summary(som.id()).orElseThrow();
        assertThat(after.city().en()).isEqualTo("Ha Long");
        assertThat(after.countryIso()).isEqualTo("VN");
        assertThat(after.dates()).isEqualTo(som.dates()); // the report says 14-15 March; the record's one day stays
        assertThat(meetingsOf(2006, "SOM")).hasSize(1);
    }

    @Test
    void aMeetingTheReportGivesNoFormatForIsRefusedUntilTheReviewerCorrectsIt() {
        ReportId report = imported(2007, "Hue", "Tran Van Omicron", 41);
        FactView amm = reports.view(report).facts().get(1);
        assertThat(amm.values()).doesNotContainKey("format");

        assertThatThrownBy(() -> review.accept(report, amm.position(), version(report)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations()).extracting(RuleViolation.Violation::field).contains("format"));
        assertThat(reports.view(report).fact(amm.position()).status()).isEqualTo(FactStatus.PROPOSED);
        assertThat(meetingsOf(2007, "AMM")).isEmpty();

        Map<String, String> corrected = new java.util.LinkedHashMap<>(amm.values());
        corrected.put("format", "HYBRID");
        corrected.put("city", "Manila");
        List<RecordRef> records = review.correct(report, amm.position(), corrected, version(report));

        MeetingSummary scheduled = calendar.summary(new MeetingId(records.getFirst().id())).orElseThrow();
        assertThat(scheduled.ordinals()).isEqualTo(Ordinals.single(41));
        assertThat(scheduled.format()).isEqualTo(MeetingFormat.HYBRID);
        assertThat(scheduled.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(reports.view(report).fact(amm.position()).accepted()).containsEntry("format", "HYBRID");
    }

    @Test
    void aHeadOfDelegationIsMatchedToThePersonOnRecordIgnoringCaseAndDiacritics() {
        String suffix = letters();
        PersonDetails person = people.register(RegisterPerson.newPerson("Trần Văn Ômêga " + suffix, PartyCode.of("VNM"), List.of()));
        ReportId report = imported(2008, "Hue", "Tran Van Omega " + suffix, 42);
        review.accept(report, 0, version(report));
        FactView head = headOf(report);

        List<RecordRef> records = review.accept(report, head.position(), version(report));

        assertThat(records).extracting(RecordRef::type, RecordRef::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PERSON", RecordRef.Action.CONFIRMED),
                org.assertj.core.groups.Tuple.tuple("DELEGATION", RecordRef.Action.CREATED));
        assertThat(records.getFirst().id()).isEqualTo(person.id().value());
        DelegationDetails delegation = delegations.at(new MeetingId(records.get(1).meeting())).getFirst();
        assertThat(delegation.party()).isEqualTo(PartyCode.of("VNM"));
        assertThat(delegation.head().person()).isEqualTo(person.id());
        assertThat(delegation.head().title().en()).isEqualTo("Deputy Minister of Foreign Affairs, Head of ASEAN SOM Viet Nam");
        assertThat(people.findByName("Tran Van Omega " + suffix)).hasSize(1);
    }

    @Test
    void aHeadNobodyOnRecordIsNamedAfterIsRegisteredOnlyWithWhatTheReportSays() {
        String name = "Tran Van Sigma " + letters();
        ReportId report = imported(2009, "Hue", name, 43);
        review.accept(report, 0, version(report));

        List<RecordRef> records = review.accept(report, headOf(report).position(), version(report));

        assertThat(records.getFirst().type()).isEqualTo("PERSON");
        assertThat(records.getFirst().action()).isEqualTo(RecordRef.Action.CREATED);
        PersonDetails registered = people.get(new org.mufakat.people.PersonId(records.getFirst().id()));
        assertThat(registered.name()).isEqualTo(name);
        assertThat(registered.party()).isEqualTo(PartyCode.of("VNM"));
        assertThat(registered.titles()).isEmpty(); // the report says the title at this meeting, not since when it is held
    }

    @Test
    void aHeadCannotBeAcceptedBeforeTheMeetingTheyLedAtIsOnRecord() {
        ReportId report = imported(2010, "Hue", "Tran Van Tau " + letters(), 44);

        assertThatThrownBy(() -> review.accept(report, headOf(report).position(), version(report)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations()).extracting(RuleViolation.Violation::code)
                        .contains("press.head.meetingFirst"));
        assertThat(reports.view(report).facts()).allSatisfy(f -> assertThat(f.status()).isEqualTo(FactStatus.PROPOSED));
    }

    @Test
    void aRejectedFactChangesNothingAndCannotBeAcceptedAfterwards() {
        ReportId report = imported(2011, "Hue", "Tran Van Upsilon", 45);

        review.reject(report, 0, version(report));

        assertThat(reports.view(report).fact(0).status()).isEqualTo(FactStatus.REJECTED);
        assertThat(meetingsOf(2011, "SOM")).isEmpty();
        assertThatThrownBy(() -> review.accept(report, 0, version(report))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already rejected");
    }

    @Test
    void aReviewOfAVersionSomeoneElseHasReviewedMeanwhileIsAConflict() {
        ReportId report = imported(2012, "Hue", "Tran Van Phi", 46);
        long loaded = version(report);
        review.reject(report, 1, loaded);

        assertThatThrownBy(() -> review.reject(report, 2, loaded)).isInstanceOf(EditConflict.class);
        assertThat(reports.view(report).fact(2).status()).isEqualTo(FactStatus.PROPOSED);
    }

    @Test
    void readingAgainDerivesTheFactsAnewAndKeepsTheDecidedOnes() {
        ReportId report = imported(2002, "Hue", "Tran Van Chi", 35);
        review.reject(report, 1, version(report));

        review.readAgain(report, version(report));

        ReportView view = reports.view(report);
        assertThat(view.facts()).hasSize(3);
        assertThat(view.fact(1).status()).isEqualTo(FactStatus.REJECTED);
        assertThat(view.facts()).filteredOn(f -> f.position() != 1).allSatisfy(f -> assertThat(f.status()).isEqualTo(FactStatus.PROPOSED));
        assertThat(events.stream(ReportImported.class)).contains(new ReportImported(report, true));
    }

    @Test
    @WithMockUser(username = "vnm-officer", authorities = "DELEGATION_OFFICER:VNM")
    void aDelegationOfficerMayReviewReportsButTheCalendarStillDecidesWhoSchedulesMeetings() {
        ReportId report = imported(2001, "Hue", "Tran Van Psi", 34);

        assertThatThrownBy(() -> review.accept(report, 0, version(report))).isInstanceOf(AccessRefused.class);

        assertThat(reports.view(report).fact(0).status()).isEqualTo(FactStatus.PROPOSED);
        assertThat(meetingsOf(2001, "SOM")).isEmpty();
    }

    @Test
    @WithMockUser(username = "observer", authorities = "OBSERVER:TLS")
    void anObserverMayNeitherImportNorReviewReports() {
        assertThatThrownBy(() -> intake.importReport(PressFixtures.text("x"))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> reports.list()).isInstanceOf(AccessRefused.class);
    }

    private ReportId imported(int year, String city, String head, int ammOrdinal) {
        ImportOutcome outcome = intake.importReport(PressFixtures.text(PressFixtures.somReport(year, city, "Vietnam", head, ammOrdinal)));
        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        return outcome.report();
    }

    private long version(ReportId report) {
        return reports.view(report).version();
    }

    private FactView headOf(ReportId report) {
        return reports.view(report).facts().stream().filter(f -> f.kind() == FactKind.HEAD_OF_DELEGATION).findFirst().orElseThrow();
    }

    private List<MeetingSummary> meetingsOf(int year, String series) {
        return calendar.meetings(MeetingFilter.year(year)).meetings().stream().filter(m -> m.series().value().equals(series)).toList();
    }

    private static MeetingPlan plan(String series, Ordinals ordinals, LocalDate start, String city, MeetingStatus status) {
        return new MeetingPlan(new SeriesCode(series), null, ordinals, null, new MeetingDates(start, null), null, MeetingFormat.IN_PERSON,
                city == null ? null : LocalizedText.english(city), city == null ? null : "VN", null, null, status, null, Set.of());
    }

    /** Letters only (names are words), unique per call. */
    private static String letters() {
        StringBuilder out = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            out.append((char) ('a' + Character.digit(c, 16)));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
