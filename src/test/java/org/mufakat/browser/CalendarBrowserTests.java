package org.mufakat.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CalendarBrowserTests extends BrowserTestSupport {

    @Test
    void theCalendarOf2024ListsThe57thAseanForeignMinistersMeetingInVientiane() {
        page.navigate("/calendar?year=2024");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Calendar 2024");
        Locator amm = meetingRow("57th ASEAN Foreign Ministers' Meeting");
        assertThat(amm).hasCount(1);
        assertThat(amm.locator("td")).containsText(new String[]{"25 Jul 2024", "57th ASEAN Foreign Ministers' Meeting", "ASEAN",
                "Vientiane, Laos", "Held"});
    }

    @Test
    void filteringByTheEastAsiaSummitUpdatesTheResultsAndTheAddressInPlace() {
        page.navigate("/calendar?year=2024");
        assertThat(meetingRow("57th ASEAN Foreign Ministers' Meeting")).hasCount(1);
        page.evaluate("window.untouched = true"); // gone if the browser loaded a whole new page instead

        page.getByLabel("Framework").selectOption("EAS");

        assertThat(page).hasURL(Pattern.compile("[?&]framework=EAS(&|$)"));
        assertThat(meetingRow("57th ASEAN Foreign Ministers' Meeting")).hasCount(0);
        assertThat(page.locator("#results table.meetings tbody tr:not(.month-heading) td:nth-child(2)")).hasText(new String[]{
                "14th East Asia Summit Foreign Ministers' Meeting",
                "East Asia Summit Senior Officials' Meeting",
                "19th East Asia Summit"});
        assertThat(page.locator("#results")).hasCount(1); // replaced, not nested inside the old one
        assertThat(page.locator("#results .views")).containsText("3 meetings");
        assertThat(page.getByLabel("Framework")).hasValue("EAS");
        assertEquals(true, page.evaluate("window.untouched"));
    }

    @Test
    void changingTheYearInTheFiltersShowsThatYearsCalendar() {
        page.navigate("/calendar?year=2024");
        assertThat(meetingRow("57th ASEAN Foreign Ministers' Meeting")).hasCount(1);

        page.getByLabel("Year").fill("2018");
        page.getByLabel("Year").press("Tab");

        assertThat(page).hasURL(Pattern.compile("[?&]year=2018(&|$)"));
        assertThat(meetingRow("51st ASEAN Foreign Ministers' Meeting")).hasCount(1);
        assertThat(meetingRow("57th ASEAN Foreign Ministers' Meeting")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Calendar 2018");
        assertThat(page).hasTitle("Calendar 2018 · Mufakat");
    }

    @Test
    void goingBackAfterFilteringShowsTheWholeYearAgain() {
        page.navigate("/calendar?year=2024");
        page.getByLabel("Framework").selectOption("EAS");
        assertThat(meetingRow("57th ASEAN Foreign Ministers' Meeting")).hasCount(0);

        page.goBack();

        assertThat(page).hasURL(Pattern.compile("/calendar\\?year=2024$"));
        assertThat(meetingRow("57th ASEAN Foreign Ministers' Meeting")).hasCount(1);
        assertThat(page.getByLabel("Framework")).hasValue("");
    }

    @Test
    void theTimelineDrawsABandPerFrameworkAndKeepsTheFilter() {
        page.navigate("/calendar?year=2024");
        page.getByLabel("Framework").selectOption("EAS");
        assertThat(page).hasURL(Pattern.compile("[?&]framework=EAS(&|$)"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Timeline").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile("view=timeline"));
        assertThat(page.locator(".timeline svg text.row-label")).hasText(new String[]{"EAS"});
        assertThat(page.locator(".timeline svg a title")).hasText(new String[]{
                "14th East Asia Summit Foreign Ministers' Meeting · 27 Jul 2024",
                "East Asia Summit Senior Officials' Meeting · 21–22 Aug 2024",
                "19th East Asia Summit · 11 Oct 2024"});
    }

    @Test
    void aBarOnTheTimelineLeadsToItsMeeting() {
        page.navigate("/calendar?year=2024");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Timeline").setExact(true)).click();
        assertThat(page.locator(".timeline svg text.row-label").first()).hasText("ASEAN");

        page.locator(".timeline svg a").filter(new Locator.FilterOptions()
                .setHas(page.locator("title", new Page.LocatorOptions().setHasText("57th ASEAN Foreign Ministers' Meeting")))).click();

        assertThat(page).hasURL(MEETING_PAGE);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("57th ASEAN Foreign Ministers' Meeting");
    }

    @Test
    void theMonthViewOfOctober2024ShowsThe44thAnd45thAseanSummitsOnTheEighthAndNinth() {
        page.navigate("/calendar?year=2024");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Month").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oct").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))).hasText("October 2024");
        assertThat(day(7)).not().containsText("ASEAN Summits");
        assertThat(day(8).getByRole(AriaRole.LINK)).hasText(new String[]{"44th and 45th ASEAN Summits"});
        assertThat(day(9).getByRole(AriaRole.LINK)).hasText(new String[]{"44th and 45th ASEAN Summits"});
        assertThat(day(10).getByRole(AriaRole.LINK)).hasText(new String[]{"27th ASEAN Plus Three Summit"});
        assertThat(day(11).getByRole(AriaRole.LINK)).hasText(new String[]{"19th East Asia Summit"});
    }

    private Locator meetingRow(String title) {
        return page.locator("#results table.meetings tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))));
    }

    /** The cell of a day of the shown month (not of the days before or after it). */
    private Locator day(int dayOfMonth) {
        return page.locator("table.month-grid td:not(.outside)")
                .filter(new Locator.FilterOptions().setHas(page.locator(".day").getByText(String.valueOf(dayOfMonth),
                        new Locator.GetByTextOptions().setExact(true))));
    }
}
