package org.mufakat.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.documents.Classification;
import org.mufakat.documents.DocumentDecisions;
import org.mufakat.documents.DocumentDrafting;
import org.mufakat.documents.DocumentFixtures;
import org.mufakat.documents.DocumentView;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.Organisation;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The secretariat fixes a mistyped title and adds a meeting to the path through "Edit the record". */
class DocumentRecordBrowserTests extends BrowserTestSupport {

    static final LocalDate DAY = LocalDate.of(2038, 3, 9);

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DocumentDrafting drafting;
    @Autowired
    DocumentDecisions decisions;
    @Autowired
    Organisation organisation;
    @Autowired
    CurrentActor actor;

    @Test
    void theRecordKeeperFixesATitleAndSeesItOnTheDocumentPage() {
        DocumentFixtures fixtures = new DocumentFixtures(calendar, drafting, decisions, organisation, actor);
        MeetingId som = fixtures.meeting("SOM", DAY);
        MeetingId retreat = fixtures.meeting("AMM Retreat", DAY.plusDays(20));
        DocumentView document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));

        signInAsRecordKeeper();
        page.navigate("/documents/" + document.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the record")).click();
        assertThat(page.locator("#record-form")).containsText("make up the symbol " + document.symbol());
        field("Title in English").fill("Declaration on Connectivity and Resilience");
        field("Path").selectOption(new String[]{som.toString(), retreat.toString()});
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the record")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Declaration on Connectivity and Resilience");
        assertThat(page.locator("p.notice")).hasText("The record was revised.");
        assertThat(page.locator("#symbol")).hasText(document.symbol());
        assertThat(page.locator("#journey ol.journey > li")).hasCount(2);
    }
}
