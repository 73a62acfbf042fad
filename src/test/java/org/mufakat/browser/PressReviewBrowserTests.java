package org.mufakat.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A year of its own: 2039. */
class PressReviewBrowserTests extends BrowserTestSupport {

    @Test
    void aReportImportedFromThePageHasItsFactsMarkedAndAnAcceptedMeetingShowsTheReport() {
        signInAsRecordKeeper();
        String title = "ASEAN senior officials to meet online " + UUID.randomUUID().toString().substring(0, 8);
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import reports")).click();

        field("Text of the report").fill(title + "\n\n"
                + "The ASEAN Senior Officials' Meeting (ASEAN SOM) will be held online on 14-15 March 2039, chaired by the Philippines.\n\n"
                + "The officials will discuss the preparations for the year's summits and " + UUID.randomUUID() + ".");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import and read")).click();

        assertThat(page).hasURL(Pattern.compile(".*/reports/[0-9a-f-]{36}\\?notice=press.imported$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The report was imported and read. Review its facts.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        Locator sentence = page.locator("#report-text mark[data-facts~='0']");
        assertThat(sentence).hasText("The ASEAN Senior Officials' Meeting (ASEAN SOM) will be held online on 14-15 March 2039, chaired by the Philippines.");

        Locator fact = page.locator("#fact-0");
        assertThat(fact.locator("dl")).containsText("SOM");
        assertThat(fact.locator("dl")).containsText("2039-03-14");
        assertThat(fact).containsText("No meeting on record matches: accepting schedules a new one.");
        fact.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Meeting")).click();
        assertThat(sentence).hasClass(Pattern.compile("\\bcurrent\\b"));

        fact.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The fact was accepted into the record.");
        Locator accepted = page.locator("#fact-0");
        assertThat(accepted).containsText("accepted");
        assertThat(accepted).containsText("created the meeting");
        accepted.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("open")).click();

        assertThat(page).hasURL(MEETING_PAGE);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("ASEAN Senior Officials' Meeting");
        assertThat(page.locator("dl.facts dt:text-is('Status') + dd")).hasText("Planned");
        Locator panel = page.locator("#reports-panel");
        assertThat(panel.getByRole(AriaRole.HEADING)).hasText("Reports covering this meeting");
        assertThat(panel).containsText(title);
    }
}
