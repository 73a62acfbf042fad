package org.mufakat.documents;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.AccessRefused;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Revising what was registered about a document: titles, lead, classification and path change over the version the
 * editor loaded, checked as at registration; the symbol never changes; a refused revision leaves everything as it was.
 */
@SpringBootTest
@AsRecordKeeper
class DocumentRecordRevisionTests {

    static final LocalDate DAY = LocalDate.of(2049, 4, 7);
    static final LocalizedText FIXED = LocalizedText.of("Declaration on Connectivity", "Tuyên bố về Kết nối");

    @Autowired
    DocumentDrafting drafting;
    @Autowired
    DocumentRecords records;
    @Autowired
    DocumentDecisions decisions;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    Organisation organisation;
    @Autowired
    CurrentActor actor;
    @Autowired
    Revisions revisions;

    DocumentFixtures fixtures;
    MeetingId som;
    MeetingId retreat;
    DocumentView document;

    @BeforeEach
    void documentOnItsWay() {
        fixtures = new DocumentFixtures(calendar, drafting, decisions, organisation, actor);
        som = fixtures.meeting("SOM", DAY);
        retreat = fixtures.meeting("AMM Retreat", DAY.plusDays(40));
        document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));
    }

    private ReviseDocumentRecord revision(LocalizedText title, PartyCode lead, Classification classification, List<MeetingId> path) {
        return new ReviseDocumentRecord(document.id(), document.version(), title, lead, classification, path);
    }

    @Test
    void revisesTitlesLeadClassificationAndPathButNeverTheSymbol() {
        DocumentView revised = drafting.reviseRecord(revision(FIXED, PartyCode.of("VNM"), Classification.PUBLIC, List.of(som, retreat)));

        DocumentView read = records.get(document.id());
        assertThat(read.symbol()).isEqualTo(document.symbol());
        assertThat(read.title()).isEqualTo(FIXED);
        assertThat(read.lead()).isEqualTo(PartyCode.of("VNM"));
        assertThat(read.classification()).isEqualTo(Classification.PUBLIC);
        assertThat(read.path()).containsExactly(som, retreat);
        assertThat(read.currentVersion()).isEqualTo(document.currentVersion());
        assertThat(read.version()).isEqualTo(revised.version()).isGreaterThan(document.version());
        assertThat(records.journey(document.id())).extracting(s -> s.meeting().id()).containsExactly(som, retreat);
        assertThat(revisions.fields(DocumentDrafting.REVISION_TYPE, document.id(), read.version()).orElseThrow())
                .containsEntry("title", "Declaration on Connectivity / Tuyên bố về Kết nối").containsEntry("lead", "VNM")
                .containsEntry("symbol", document.symbol());
    }

    @Test
    void dropsACancelledMeetingThatDecidedNothing() {
        document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som, retreat));

        drafting.reviseRecord(revision(document.title(), null, Classification.RESTRICTED, List.of(retreat)));

        assertThat(records.get(document.id()).path()).containsExactly(retreat);
    }

    @Test
    void aStaleVersionIsAConflictShowingWhatChangedMeanwhile() {
        drafting.reviseRecord(revision(FIXED, null, Classification.RESTRICTED, List.of(som)));

        assertThatThrownBy(() -> drafting.reviseRecord(revision(LocalizedText.english("My own title"), null, Classification.PUBLIC, List.of(som))))
                .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                    assertThat(conflict.expectedVersion()).isEqualTo(document.version());
                    assertThat(conflict.changes()).extracting(EditConflict.FieldChange::field).containsExactly("title");
                    assertThat(conflict.changes().getFirst().whenLoaded()).isEqualTo(document.title().en() + " / " + document.title().vi());
                    assertThat(conflict.changes().getFirst().now()).isEqualTo("Declaration on Connectivity / Tuyên bố về Kết nối");
                });
        assertThat(records.get(document.id()).title()).isEqualTo(FIXED);
        assertThat(records.get(document.id()).classification()).isEqualTo(Classification.RESTRICTED);
    }

    @Test
    void aTextSavedMeanwhileIsAConflictNamingTheNewVersion() {
        drafting.save(new SaveText(document.id(), 1, DocumentFixtures.TEXT + "\n\nNote the report.", null));

        assertThatThrownBy(() -> drafting.reviseRecord(revision(FIXED, null, Classification.RESTRICTED, List.of(som))))
                .isInstanceOfSatisfying(EditConflict.class, conflict -> assertThat(conflict.changes())
                        .extracting(EditConflict.FieldChange::field).containsExactly("currentVersion"));
    }

    @Test
    void refusesAPathMeetingOfAnotherFrameworkAndSavesNothing() {
        MeetingId aptSom = fixtures.meeting("APT SOM", DAY.plusDays(10));

        assertRefused(revision(FIXED, null, Classification.PUBLIC, List.of(som, aptSom)), "path", "document.path.otherFramework");
    }

    @Test
    void refusesAPathOutOfDateOrder() {
        assertRefused(revision(FIXED, null, Classification.RESTRICTED, List.of(retreat, som)), "path", "document.path.order");
    }

    @Test
    void refusesAMeetingThatDoesNotExist() {
        assertRefused(revision(FIXED, null, Classification.RESTRICTED, List.of(som, MeetingId.parse("00000000-0000-0000-0000-000000000001"))),
                "path", "document.path.unknown");
    }

    @Test
    void refusesToDropAMeetingThatAlreadyDecided() {
        document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som, retreat));
        decisions.decide(new RecordDecision(document.id(), som, Decision.DEFERRED, 1, false, null));
        document = records.get(document.id());

        assertRefused(revision(FIXED, null, Classification.RESTRICTED, List.of(retreat)), "path", "document.path.decidedStays");
        assertThat(records.get(document.id()).path()).containsExactly(som, retreat);
    }

    @Test
    void refusesAPathStartingInAnotherYearThanTheSymbols() {
        MeetingId nextYear = fixtures.meeting("AMM Retreat", DAY.plusYears(1));

        assertRefused(revision(FIXED, null, Classification.RESTRICTED, List.of(nextYear)), "path", "document.path.otherYear");
    }

    @Test
    void refusesALeadThatIsNoMemberState() {
        assertRefused(revision(FIXED, PartyCode.of("JPN"), Classification.RESTRICTED, List.of(som)), "lead", "document.lead.notMember");
    }

    @Test
    void refusesToReviseAFinalDocument() {
        document = fixtures.adopted("ASEAN", Classification.PUBLIC, som, DAY);
        document = records.get(document.id());

        assertRefused(revision(FIXED, null, Classification.PUBLIC, List.of(som)), "document", "document.record.final");
    }

    @Test
    void refusesARevisionThatChangesNothing() {
        assertRefused(revision(document.title(), null, Classification.RESTRICTED, List.of(som)), "document", "document.record.unchanged");
    }

    @Test
    void theCommandChecksWhatRegistrationChecks() {
        assertThatThrownBy(() -> revision(null, null, null, List.of(som, som)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.violations())
                        .extracting(RuleViolation.Violation::code)
                        .containsExactlyInAnyOrder("document.title.required", "document.classification.required", "document.path.repeated"));
    }

    @Test
    @WithMockUser(username = "tha", authorities = "DELEGATION_OFFICER:THA")
    void anotherStatesOfficerMayNotReviseIt() {
        document = actor.asSystem("test", () -> drafting.reviseRecord(revision(document.title(), PartyCode.of("VNM"), Classification.RESTRICTED, List.of(som))));

        assertThatThrownBy(() -> drafting.reviseRecord(revision(FIXED, PartyCode.of("VNM"), Classification.RESTRICTED, List.of(som))))
                .isInstanceOf(AccessRefused.class);
        assertThat(actor.asSystem("test", () -> records.get(document.id())).title()).isNotEqualTo(FIXED);
    }

    @Test
    @WithMockUser(username = "vnm", authorities = "DELEGATION_OFFICER:VNM")
    void theLeadsOfficerRevisesItsDocumentButDoesNotHandTheLeadOn() {
        document = actor.asSystem("test", () -> drafting.reviseRecord(revision(document.title(), PartyCode.of("VNM"), Classification.RESTRICTED, List.of(som))));

        document = drafting.reviseRecord(revision(FIXED, PartyCode.of("VNM"), Classification.RESTRICTED, List.of(som, retreat)));

        assertThat(document.title()).isEqualTo(FIXED);
        assertThatThrownBy(() -> drafting.reviseRecord(revision(FIXED, PartyCode.of("THA"), Classification.RESTRICTED, List.of(som, retreat))))
                .isInstanceOf(AccessRefused.class);
    }

    private void assertRefused(ReviseDocumentRecord command, String field, String code) {
        DocumentView before = records.get(document.id());
        assertThatThrownBy(() -> drafting.reviseRecord(command)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.violations()).extracting(RuleViolation.Violation::field, RuleViolation.Violation::code)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, code)));
        DocumentView after = records.get(document.id());
        assertThat(after).isEqualTo(before);
        assertThat(revisions.fields(DocumentDrafting.REVISION_TYPE, document.id(), before.version() + 1)).isEmpty();
    }
}
