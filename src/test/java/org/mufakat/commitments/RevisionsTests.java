package org.mufakat.commitments;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.domain.AccessRefused;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.RegisterPerson;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Correcting what was recorded: initiatives' proposals and statements; meetings of 2048. */
@SpringBootTest
@AsRecordKeeper
class RevisionsTests {

    private static final AtomicInteger DAY = new AtomicInteger();

    @Autowired
    InitiativeRegister initiatives;
    @Autowired
    InterventionRegister interventions;
    @Autowired
    IssueRegister issues;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DelegationRegister delegations;
    @Autowired
    PersonDirectory people;
    @Autowired
    CurrentActor actor;

    @Test
    void correctsAnInitiativesTitleDescriptionProposerAndYearKeepingItsHistory() {
        InitiativeView proposed = propose("VNM", 2032, LocalDate.of(2033, 3, 1));

        InitiativeView revised = initiatives.revise(proposed.id(), new ReviseInitiative(LocalizedText.of("Corrected forum", "Diễn đàn đã sửa"),
                LocalizedText.english("What it is"), PartyCode.of("LAO"), false, 2033), proposed.version());

        assertThat(revised.title()).isEqualTo(LocalizedText.of("Corrected forum", "Diễn đàn đã sửa"));
        assertThat(revised.description().en()).isEqualTo("What it is");
        assertThat(revised.proposer()).isEqualTo(PartyCode.of("LAO"));
        assertThat(revised.year()).isEqualTo(2033);
        assertThat(revised.occasions()).hasSize(1);
        assertThat(revised.version()).isGreaterThan(proposed.version());
        assertThat(initiatives.get(proposed.id()).title().en()).isEqualTo("Corrected forum");
    }

    @Test
    void refusesAnInitiativeProposedAfterItWasFirstRaised() {
        InitiativeView proposed = propose("VNM", 2032, LocalDate.of(2032, 6, 1));

        assertThatThrownBy(() -> initiatives.revise(proposed.id(), revision(proposed, "VNM", 2033), proposed.version()))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("initiative.year.afterOccasion"));
        assertThat(initiatives.get(proposed.id()).year()).isEqualTo(2032);
    }

    @Test
    void refusesAProposerThatWasNoMemberThatYear() {
        InitiativeView proposed = propose("VNM", 2024, LocalDate.of(2024, 6, 1));

        // Timor-Leste became a member on 26 October 2025.
        assertThatThrownBy(() -> initiatives.revise(proposed.id(), revision(proposed, "TLS", 2024), proposed.version()))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("initiative.proposer.notMember"));
        assertThat(initiatives.get(proposed.id()).proposer()).isEqualTo(PartyCode.of("VNM"));
    }

    @Test
    void aStaleInitiativeVersionIsAConflictShowingWhatChanged() {
        InitiativeView proposed = propose("VNM", 2032, LocalDate.of(2032, 6, 1));
        initiatives.revise(proposed.id(), new ReviseInitiative(LocalizedText.english("First correction"), null, PartyCode.of("VNM"), false, 2032),
                proposed.version());

        assertThatThrownBy(() -> initiatives.revise(proposed.id(), new ReviseInitiative(LocalizedText.english("Second correction"), null,
                PartyCode.of("VNM"), false, 2032), proposed.version()))
                .isInstanceOfSatisfying(EditConflict.class, c -> assertThat(c.changes())
                        .anySatisfy(change -> {
                            assertThat(change.field()).isEqualTo("title");
                            assertThat(change.now()).isEqualTo("First correction");
                        }));
        assertThat(initiatives.get(proposed.id()).title().en()).isEqualTo("First correction");
    }

    @Test
    @WithMockUser(username = "vnm", authorities = "DELEGATION_OFFICER:VNM")
    void anOfficerCannotHandTheirInitiativeToAnotherMember() {
        InitiativeView proposed = actor.asSystem("revisions-tests", () -> propose("VNM", 2032, LocalDate.of(2032, 6, 1)));

        assertThatThrownBy(() -> initiatives.revise(proposed.id(), revision(proposed, "LAO", 2032), proposed.version()))
                .isInstanceOf(AccessRefused.class);
        InitiativeView own = initiatives.revise(proposed.id(), new ReviseInitiative(LocalizedText.english("Viet Nam's own wording"), null,
                PartyCode.of("VNM"), false, 2032), proposed.version());
        assertThat(own.title().en()).isEqualTo("Viet Nam's own wording");
    }

    @Test
    void recordsTheSpeakerChosenOrNobodyOrTheHead() {
        VietNamDelegations.AtSom f = fixture();

        InterventionView byHead = interventions.record(new RecordIntervention(f.meeting().id(), PartyCode.of("VNM"), null, List.of(point("By the head"))));
        InterventionView byMember = interventions.record(new RecordIntervention(f.meeting().id(), PartyCode.of("VNM"), f.member().id(),
                List.of(point("By the member"))));
        InterventionView unnamed = interventions.record(new RecordIntervention(f.meeting().id(), PartyCode.of("VNM"), null, true,
                List.of(point("Nobody named"))));

        assertThat(byHead.person()).isEqualTo(f.head().id());
        assertThat(byMember.person()).isEqualTo(f.member().id());
        assertThat(unnamed.person()).isNull();
        assertThat(interventions.speakerChoices(f.meeting().id(), PartyCode.of("VNM"))).extracting(SpeakerChoice::person, SpeakerChoice::head)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(f.head().id(), true), org.assertj.core.groups.Tuple.tuple(f.member().id(), false));
    }

    @Test
    void correctsAStatementsSpeakerPointsAndTags() {
        VietNamDelegations.AtSom f = fixture();
        IssueView issue = issue();
        InterventionView recorded = interventions.record(new RecordIntervention(f.meeting().id(), PartyCode.of("VNM"), null,
                List.of(point("First"), point("Second"))));

        InterventionView revised = interventions.revise(recorded.id(), new ReviseIntervention(f.member().id(), List.of(
                new RecordIntervention.Point(LocalizedText.of("Corrected", "Đã sửa"), List.of(issue.id()), List.of(), List.of()))),
                recorded.version());

        assertThat(revised.person()).isEqualTo(f.member().id());
        assertThat(revised.points()).singleElement().satisfies(p -> {
            assertThat(p.text().vi()).isEqualTo("Đã sửa");
            assertThat(p.issues()).extracting(InterventionView.IssueLabel::id).containsExactly(issue.id());
        });
        InterventionView unnamed = interventions.revise(recorded.id(), new ReviseIntervention(null, List.of(point("Corrected"))), revised.version());
        assertThat(unnamed.speaker()).isNull();
        assertThat(interventions.find(recorded.id()).orElseThrow().points().getFirst().issues()).isEmpty();
    }

    @Test
    void refusesASpeakerOfAnotherPartyOrAnUnknownTagSavingNothing() {
        VietNamDelegations.AtSom f = fixture();
        InterventionView recorded = interventions.record(new RecordIntervention(f.meeting().id(), PartyCode.of("VNM"), null, List.of(point("Kept"))));
        PersonDetails thai = people.register(RegisterPerson.newPerson("Revision Thai " + UUID.randomUUID(), PartyCode.of("THA"), List.of()));

        assertThatThrownBy(() -> interventions.revise(recorded.id(), new ReviseIntervention(thai.id(), List.of(new RecordIntervention.Point(
                LocalizedText.english("Changed"), List.of(new IssueId(UUID.randomUUID())), List.of(), List.of()))), recorded.version()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations()).extracting(RuleViolation.Violation::code)
                        .containsExactlyInAnyOrder("intervention.person.otherParty", "intervention.tag.issueUnknown"));
        InterventionView unchanged = interventions.find(recorded.id()).orElseThrow();
        assertThat(unchanged.points()).extracting(p -> p.text().en()).containsExactly("Kept");
        assertThat(unchanged.person()).isEqualTo(f.head().id());
        assertThat(unchanged.version()).isEqualTo(recorded.version());
    }

    @Test
    void aStaleStatementVersionIsAConflictShowingWhatChanged() {
        VietNamDelegations.AtSom f = fixture();
        InterventionView recorded = interventions.record(new RecordIntervention(f.meeting().id(), PartyCode.of("VNM"), null, List.of(point("Original"))));
        interventions.revise(recorded.id(), new ReviseIntervention(f.head().id(), List.of(point("Someone else's correction"))), recorded.version());

        assertThatThrownBy(() -> interventions.revise(recorded.id(), new ReviseIntervention(f.head().id(), List.of(point("Mine"))), recorded.version()))
                .isInstanceOfSatisfying(EditConflict.class, c -> assertThat(c.changes()).anySatisfy(change -> {
                    assertThat(change.field()).isEqualTo("points");
                    assertThat(change.now()).isEqualTo("Someone else's correction");
                }));
    }

    @Test
    @WithMockUser(username = "tha", authorities = "DELEGATION_OFFICER:THA")
    void anotherPartysOfficerCannotCorrectAStatement() {
        VietNamDelegations.AtSom f = fixture();
        InterventionView recorded = actor.asSystem("revisions-tests", () -> interventions.record(new RecordIntervention(f.meeting().id(),
                PartyCode.of("VNM"), null, List.of(point("Viet Nam's")))));

        assertThat(interventions.mayRevise(recorded)).isFalse();
        assertThatThrownBy(() -> interventions.revise(recorded.id(), new ReviseIntervention(null, List.of(point("Thailand's"))), recorded.version()))
                .isInstanceOf(AccessRefused.class);
    }

    private VietNamDelegations.AtSom fixture() {
        return new VietNamDelegations(calendar, people, delegations, actor).atSom(LocalDate.of(2048, 3, 1).plusDays(DAY.incrementAndGet()));
    }

    private IssueView issue() {
        return issues.open(new OpenStandingIssue("revisions-" + UUID.randomUUID().toString().substring(0, 8), LocalizedText.english("Revision issue"), null));
    }

    private InitiativeView propose(String proposer, int year, LocalDate raised) {
        return initiatives.propose(new ProposeInitiative(LocalizedText.english("Revision initiative " + UUID.randomUUID()), null,
                PartyCode.of(proposer), false, year, new InitiativeOccasion(raised, InitiativeStatus.PROPOSED, null, LocalizedText.english("A summit"))));
    }

    private static ReviseInitiative revision(InitiativeView initiative, String proposer, int year) {
        return new ReviseInitiative(initiative.title(), initiative.description(), PartyCode.of(proposer), false, year);
    }

    private static RecordIntervention.Point point(String text) {
        return new RecordIntervention.Point(LocalizedText.english(text), List.of(), List.of(), List.of());
    }
}
