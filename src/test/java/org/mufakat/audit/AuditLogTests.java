package org.mufakat.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.meetings.BundleSummary;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.RecordBilateralMeeting;
import org.mufakat.meetings.RegisterDelegation;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.RegisterPerson;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What goes on the audit log, against the real database: changes through the modules' services, in their
 * transactions, and events recorded directly. Meetings of its own are in 2061; other subjects carry fresh ids.
 * The changes are made as {@value #TESTER}, an ASEAN Secretariat officer (the authority the access rules read).
 */
@SpringBootTest
class AuditLogTests {

    static final String TESTER = "audit-tester";

    @Autowired
    AuditLog log;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DelegationRegister delegations;
    @Autowired
    PersonDirectory people;
    @Autowired
    TransactionTemplate transactions;

    /** Spring's test support gives each test thread a mock request; these calls come from no request, as at start-up. */
    @BeforeEach
    void signInOutsideAnyRequest() {
        RequestContextHolder.resetRequestAttributes();
        signIn(TESTER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void revisingAMeetingRecordsTheChangedFieldBeforeAndAfter() {
        MeetingSummary meeting = calendar.schedule(plan(LocalDate.of(2061, 3, 6), "Old venue"));

        calendar.revise(meeting.id(), plan(LocalDate.of(2061, 3, 6), "New venue"), meeting.version());

        List<AuditEntry> entries = entriesAbout("meeting", meeting.id().toString());
        assertThat(entries).extracting(AuditEntry::action).containsExactly("meeting.revised", "meeting.created");
        AuditEntry revised = entries.getFirst();
        assertThat(revised.before()).containsEntry("venue", "Old venue");
        assertThat(revised.after()).containsEntry("venue", "New venue").containsEntry("startDate", "2061-03-06");
        assertThat(revised.changes()).containsExactly(new AuditEntry.FieldChange("venue", "Old venue", "New venue"));
        assertThat(revised.actor()).isEqualTo(TESTER);
        assertThat(revised.clientAddress()).isNull();
        assertThat(entries.get(1).before()).isNull();
        assertThat(entries.get(1).after()).containsEntry("venue", "Old venue");
        assertThat(revised.previousHash()).hasSize(64);
        assertThat(revised.seq()).isGreaterThan(entries.get(1).seq());
    }

    @Test
    void theActorIsTheAccountSpringSecurityHoldsForTheThread() {
        MeetingSummary meeting = calendar.schedule(plan(LocalDate.of(2061, 3, 13), "Venue"));
        signIn("secretariat.officer");

        calendar.revise(meeting.id(), plan(LocalDate.of(2061, 3, 14), "Venue"), meeting.version());

        assertThat(entriesAbout("meeting", meeting.id().toString()))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(tuple("meeting.revised", "secretariat.officer"), tuple("meeting.created", TESTER));
    }

    @Test
    void withoutAnAccountTheActorIsTheSystemOutsideARequestAndAnonymousInOne() {
        String subject = UUID.randomUUID().toString();
        SecurityContextHolder.clearContext();

        log.recordIndependently(AuditEvent.of("test.outside", "audit-test", subject));
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.23");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        log.recordIndependently(AuditEvent.of("test.inside", "audit-test", subject));
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        log.recordIndependently(AuditEvent.of("test.anonymous-token", "audit-test", subject));

        assertThat(entriesAbout("audit-test", subject))
                .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::clientAddress)
                .containsExactly(tuple("test.anonymous-token", AuditLog.ANONYMOUS, "198.51.100.23"),
                        tuple("test.inside", AuditLog.ANONYMOUS, "198.51.100.23"),
                        tuple("test.outside", AuditLog.SYSTEM, null));
    }

    @Test
    void aRefusedRevisionLeavesNoEntry() {
        LocalDate day = LocalDate.of(2061, 3, 20);
        MeetingSummary meeting = calendar.schedule(plan(day, "Venue"));
        MeetingPlan chairedByAStranger = new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, day),
                null, MeetingFormat.IN_PERSON, null, "VN", "Other venue", PartyCode.of("JPN"), null, null, Set.of());

        assertThatThrownBy(() -> calendar.revise(meeting.id(), chairedByAStranger, meeting.version()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not a member");

        assertThat(entriesAbout("meeting", meeting.id().toString())).extracting(AuditEntry::action).containsExactly("meeting.created");
    }

    @Test
    void anEntryRecordedInATransactionThatRollsBackIsGoneButAnIndependentOneStays() {
        String change = UUID.randomUUID().toString();
        String refusal = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> {
            log.record(new AuditEvent("test.changed", "audit-test", change, Map.of("a", "1"), Map.of("a", "2")));
            log.recordIndependently("mallory", AuditEvent.of("access.refused", "audit-test", refusal));
            status.setRollbackOnly();
        });

        assertThat(entriesAbout("audit-test", change)).isEmpty();
        assertThat(entriesAbout("audit-test", refusal)).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("mallory"));
    }

    @Test
    void entriesOfOneTransactionAreAppendedInTheOrderTheyWereRecorded() {
        String subject = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> {
            log.record(AuditEvent.of("test.first", "audit-test", subject));
            log.record(AuditEvent.of("test.second", "audit-test", subject));
        });

        List<AuditEntry> entries = entriesAbout("audit-test", subject);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("test.second", "test.first");
        assertThat(entries.getFirst().seq()).isEqualTo(entries.get(1).seq() + 1);
        assertThat(entries.getFirst().previousHash()).isEqualTo(entries.get(1).hash());
    }

    @Test
    void bundlesAndBilateralMeetingsAreRecordedThroughTheirRevisions() {
        MeetingSummary meeting = calendar.schedule(plan(LocalDate.of(2061, 3, 27), "Venue"));

        BundleSummary bundle = calendar.nameBundle(LocalizedText.of("Audit Test Summits 2061", "Hội nghị thử 2061"));
        var bilateral = delegations.recordBilateral(new RecordBilateralMeeting(meeting.id(), LocalDate.of(2061, 3, 27),
                PartyCode.of("VNM"), null, PartyCode.of("SGP"), null, LocalizedText.english("Audit trail")));

        assertThat(entriesAbout("bundle", bundle.id().toString())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("bundle.created");
            assertThat(entry.after()).containsEntry("title", "Audit Test Summits 2061 / Hội nghị thử 2061");
        });
        assertThat(entriesAbout("bilateral", bilateral.id().toString())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("bilateral.created");
            assertThat(entry.after()).containsEntry("meeting", meeting.id().toString()).containsEntry("counterpartParty", "SGP")
                    .containsEntry("subject", "Audit trail");
        });
    }

    @Test
    void registeringAPersonAndADelegationIsRecordedToo() {
        MeetingSummary meeting = calendar.schedule(plan(LocalDate.of(2061, 4, 10), "Venue"));
        PersonDetails person = people.register(RegisterPerson.newPerson("Audit Tester " + UUID.randomUUID(), PartyCode.of("VNM"), List.of()));

        var delegation = delegations.register(new RegisterDelegation(meeting.id(), PartyCode.of("VNM"), null, List.of()));

        assertThat(entriesAbout("person", person.id().toString())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("person.created");
            assertThat(entry.after()).containsEntry("name", person.name());
        });
        assertThat(entriesAbout("delegation", delegation.id().toString())).extracting(AuditEntry::action)
                .containsExactly("delegation.created");
    }

    @Test
    void textPostgresqlCannotStoreIsReplacedAndLongTextCut() {
        String subject = UUID.randomUUID().toString();

        log.recordIndependently("evil\u0000name" + "x".repeat(2000), AuditEvent.of("sign-in.failed", "audit-test", subject)
                .withDetails(Map.of("reason", "lone \uD800 surrogate")));

        AuditEntry entry = entriesAbout("audit-test", subject).getFirst();
        assertThat(entry.actor()).startsWith("evil\uFFFDname").hasSize(1000);
        assertThat(entry.after()).containsEntry("reason", "lone \uFFFD surrogate");
        assertThat(log.verify().intact()).isTrue();
    }

    /** Signs in as an ASEAN Secretariat officer, who may change any of the record. */
    private static void signIn(String name) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList("ASEAN_SECRETARIAT")));
    }

    private List<AuditEntry> entriesAbout(String type, String id) {
        return log.entries(AuditFilter.subject(type, id), PageRequest.of(0, 50)).getContent();
    }

    private static MeetingPlan plan(LocalDate day, String venue) {
        return new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, day), null, MeetingFormat.IN_PERSON,
                null, "VN", venue, null, null, null, Set.of());
    }
}
