package org.mufakat.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Years of their own: 2033 (scheduled), 2034 (refused dates), 2035 (refused ordinal), 2037 (edit conflict). */
class MeetingEditingBrowserTests extends BrowserTestSupport {

    @BeforeEach
    void signInFirst() {
        signInAsRecordKeeper();
    }


    @Test
    void aMeetingScheduledThroughTheFormOpensOnItsOwnPageAndIsInItsYearsCalendar() {
        page.navigate("/calendar?year=2033");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New meeting")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("New meeting");

        fillMeetingForm("SOM", "2033-03-14", "2033-03-15", "Da Nang", "VN", "Ariyana Convention Centre");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page).hasURL(MEETING_PAGE);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The meeting was saved.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("ASEAN Senior Officials' Meeting");
        assertThat(page.locator("dl.facts dt:text-is('Dates') + dd")).containsText("14–15 Mar 2033");
        assertThat(page.locator("dl.facts dt:text-is('Place') + dd")).hasText("Ariyana Convention Centre, Da Nang, Vietnam");
        assertThat(page.locator("dl.facts dt:text-is('Status') + dd")).hasText("Planned");
        String meetingPage = page.url();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Calendar 2033")).click();
        Locator row = page.locator("#results table.meetings tbody tr").filter(new Locator.FilterOptions().setHasText("Da Nang"));
        assertThat(row.locator("td")).containsText(new String[]{"14–15 Mar 2033", "ASEAN Senior Officials' Meeting", "ASEAN",
                "Da Nang, Vietnam", "Planned"});
        row.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(meetingPage);
    }

    @Test
    void aMeetingEndingBeforeItStartsIsRefusedWithAMessageAtTheEndDateAndNothingIsSaved() {
        page.navigate("/meetings/new");
        fillMeetingForm("SOM", "2034-03-05", "2034-03-02", "Kuching", "MY", "");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.locator("#error-endDate")).hasText("The meeting cannot end (2 Mar 2034) before it starts (5 Mar 2034).");
        assertThat(field("End date")).hasClass(Pattern.compile("\\binvalid\\b"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please correct the following:");
        // What the editor typed is still there to correct.
        assertThat(field("Start date")).hasValue("2034-03-05");
        assertThat(field("City in English")).hasValue("Kuching");

        page.navigate("/calendar?year=2034");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Calendar 2034");
        assertThat(page.locator("#results")).not().containsText("Kuching");
    }

    @Test
    void aSecond57thAseanForeignMinistersMeetingIsRefusedNamingTheMeetingThatHasTheOrdinal() {
        page.navigate("/meetings/new");
        fillMeetingForm("AMM", "2035-07-20", "2035-07-21", "Manila", "PH", "");
        field("Ordinal(s)").fill("57");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.locator("#error-ordinals")).hasText("The ordinal 57 is already used by 57th ASEAN Foreign Ministers' Meeting (25 Jul 2024).");
        assertThat(field("Ordinal(s)")).hasValue("57");

        page.navigate("/calendar?year=2035");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Calendar 2035");
        assertThat(page.locator("#results")).not().containsText("Manila");
    }

    @Test
    void theSecondOfTwoEditorsIsShownTheVenueTheFirstSavedKeepsTheirOwnAndCanSaveItOverTheFirsts() {
        String meeting = scheduleThroughForm("SOM", "2037-05-10", "2037-05-11", "Bandar Seri Begawan", "BN", "International Convention Centre");
        Page first = page;
        Page second = context.newPage();
        first.navigate(meeting + "/edit");
        second.navigate(meeting + "/edit");
        assertThat(field(second, "Venue")).hasValue("International Convention Centre");

        field(first, "Venue").fill("Empire Hotel");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(first.getByRole(AriaRole.STATUS)).hasText("The meeting was saved.");

        field(second, "Venue").fill("Rizqun International Hotel");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        Locator conflict = second.locator("#conflict");
        assertThat(conflict).containsText("Someone else saved this meeting after you opened it.");
        assertThat(conflict.locator("tbody tr")).hasCount(1);
        assertThat(conflict.locator("tbody tr td")).hasText(new String[]{"Venue", "International Convention Centre", "Empire Hotel"});
        assertThat(field(second, "Venue")).hasValue("Rizqun International Hotel");
        assertThat(second.locator("dl.facts")).hasCount(0); // still on the form: nothing was saved

        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my version over theirs")).click();

        assertThat(second.getByRole(AriaRole.STATUS)).hasText("The meeting was saved.");
        assertThat(second.locator("dl.facts dt:text-is('Place') + dd")).hasText("Rizqun International Hotel, Bandar Seri Begawan, Brunei");
        first.reload();
        assertThat(first.locator("dl.facts dt:text-is('Place') + dd")).hasText("Rizqun International Hotel, Bandar Seri Begawan, Brunei");
    }
}
