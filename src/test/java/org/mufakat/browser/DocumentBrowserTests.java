package org.mufakat.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.documents.Classification;
import org.mufakat.documents.DocumentDecisions;
import org.mufakat.documents.DocumentDrafting;
import org.mufakat.documents.DocumentFixtures;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentView;
import org.mufakat.documents.Position;
import org.mufakat.documents.RecordPosition;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Drafting, consensus and silence through the pages, and who may reach a restricted draft. */
class DocumentBrowserTests extends BrowserTestSupport {

    static final LocalDate DAY = LocalDate.of(2037, 6, 8);

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DocumentDrafting drafting;
    @Autowired
    DocumentDecisions decisions;
    @Autowired
    DocumentRecords records;
    @Autowired
    Organisation organisation;
    @Autowired
    CurrentActor actor;

    DocumentFixtures fixtures;
    MeetingId som;

    @BeforeEach
    void meeting() {
        fixtures = new DocumentFixtures(calendar, drafting, decisions, organisation, actor);
        som = fixtures.meeting("SOM", DAY);
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aPartnerCannotReachAnAseanOnlyDraftButAMemberCan() {
        DocumentView draft = actor.asSystem("test", () -> records.list(2024, null)).stream()
                .filter(d -> d.title().en().equals("ASEAN Leaders' Statement on Digital Transformation")).findFirst().orElseThrow();

        signIn("jpn", "mufakat-demo-jpn");
        page.navigate("/documents/" + draft.id());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
        page.navigate("/documents?year=2024");
        assertThat(page.locator("#documents")).not().containsText(draft.symbol());
        assertThat(page.locator("#documents")).containsText("East Asia Summit Plan of Action 2024-2028");
        signOut();

        signIn("vnm", "mufakat-demo-vnm");
        page.navigate("/documents?year=2024");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(draft.symbol())).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(draft.title().en());
        assertThat(page.locator("#consensus tr[data-party=MMR]")).containsText("reservation");
    }

    @Test
    void aDelegationProposesAnAmendmentAndThePenHolderAcceptsIt() {
        DocumentView document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));

        signIn("vnm", "mufakat-demo-vnm");
        page.navigate("/documents/" + document.id());
        field("Paragraph").selectOption("OP2");
        field("Change").selectOption("REPLACE");
        field("Proposed text").fill("Task the Ministers to report annually.");
        page.locator("#amendment-reason").fill("Regular reporting");
        button("Propose").click();
        assertThat(page.locator("#amendments tr.amendment")).containsText("proposed");
        signOut();

        signInAsRecordKeeper();
        page.navigate("/documents/" + document.id());
        button("Accept").click();

        assertThat(page.locator("#amendments tr.amendment")).containsText("accepted");
        assertThat(page.locator("#current-version")).hasText("2");
        assertThat(page.locator("#p-OP2")).containsText("Task the Ministers to report annually.");
    }

    @Test
    void positionsAreRecordedUntilThereIsConsensus() {
        DocumentView document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));
        actor.asSystem("test", () -> fixtures.counted("ASEAN", DAY).stream().filter(p -> !p.value().equals("VNM"))
                .forEach(party -> decisions.recordPosition(new RecordPosition(document.id(), som, party, Position.CONCURS, List.of(), null, null, null))));

        signIn("vnm", "mufakat-demo-vnm");
        page.navigate("/documents/" + document.id());
        assertThat(page.locator("#consensus-state")).hasText("No consensus yet");
        page.locator("#position-position").selectOption("RESERVATION");
        page.locator("#position-paragraphs").fill("OP9");
        button("Record the position").click();
        assertThat(page.locator("#problems")).containsText("has no paragraph OP9");

        page.locator("#position-position").selectOption("CONCURS");
        page.locator("#position-paragraphs").fill("");
        button("Record the position").click();

        assertThat(page.locator("#consensus-state")).hasText("Consensus");
        assertThat(page.locator("#consensus tr[data-party=VNM]")).containsText("concurs");
    }

    @Test
    void theChairRunsASilenceProcedureToAdoption() throws Exception {
        DocumentView document = fixtures.document("ASEAN", Classification.PUBLIC, List.of(som));

        signInAsRecordKeeper();
        page.navigate("/documents/" + document.id());
        page.locator("#silence-deadline").fill(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1).withNano(0).toString());
        page.locator("#silence-zone").fill("UTC");
        button("Put under silence").click();
        assertThat(page.locator("#problems")).containsText("The deadline has already passed");

        LocalDateTime deadline = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(3).withNano(0);
        page.locator("#silence-deadline").fill(deadline.toString());
        page.locator("#silence-zone").fill("UTC");
        button("Put under silence").click();
        assertThat(page.locator("#silences")).containsText("Running");

        Thread.sleep(4_000);
        actor.asSystem("silence-procedure", () -> decisions.closeDueSilences(100));
        page.reload();

        assertThat(page.locator("#silences")).containsText("Ended in adoption");
        assertThat(page.locator("#journey .decision")).containsText("adopted");
        assertThat(page.locator("#journey .decision")).containsText("at the end of the silence procedure");
    }
}
