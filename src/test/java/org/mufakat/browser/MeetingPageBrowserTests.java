package org.mufakat.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class MeetingPageBrowserTests extends BrowserTestSupport {

    @Test
    void theMeetingPageOfThe57thAmmShowsItsFacts() {
        openFromCalendar(2024, "57th ASEAN Foreign Ministers' Meeting");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("57th ASEAN Foreign Ministers' Meeting");
        assertThat(page.locator("p[lang=vi]")).hasText("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57");
        assertThat(fact("Dates")).containsText("25 Jul 2024");
        assertThat(fact("Dates")).containsText("(Asia/Vientiane)");
        assertThat(fact("Series")).hasText("ASEAN Foreign Ministers' Meeting (AMM)");
        assertThat(fact("Level")).hasText("Ministers");
        assertThat(fact("Ordinal(s)")).hasText("57");
        assertThat(fact("Place")).hasText("National Convention Centre, Vientiane, Laos");
        assertThat(fact("Chair")).containsText("Lao PDR");
        assertThat(fact("Status")).hasText("Held");
    }

    @Test
    void vietNamsDelegationToThe57thAmmWasLedByDoHungVietOnBuiThanhSonsAuthority() {
        openFromCalendar(2024, "57th ASEAN Foreign Ministers' Meeting");

        Locator vietNam = page.locator("#delegations tbody tr").filter(new Locator.FilterOptions().setHasText("Viet Nam"));
        assertThat(vietNam.locator("td")).containsText(new String[]{"Viet Nam", "Đỗ Hùng Việt",
                "Deputy Minister of Foreign Affairs, Head of ASEAN SOM Viet Nam",
                "On a minister’s authority on the authority of Bùi Thanh Sơn"});
    }

    @Test
    void theAseanSomOfAugust2024PreparesThe44thAnd45thSummitsWhosePageListsItAsPreparedBy() {
        openFromCalendar(2024, "ASEAN Senior Officials' Meeting");
        assertThat(fact("Dates")).containsText("21–22 Aug 2024");
        assertThat(chain("Prepared by")).hasText(new String[]{"None recorded"});
        assertThat(chain("Prepares")).hasText(new String[]{"44th and 45th ASEAN Summits 8–9 Oct 2024"});

        chain("Prepares").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("44th and 45th ASEAN Summits")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("44th and 45th ASEAN Summits");
        assertThat(chain("Prepared by")).containsText(new String[]{"57th ASEAN Foreign Ministers' Meeting 25 Jul 2024",
                "ASEAN Senior Officials' Meeting 21–22 Aug 2024"});
        assertThat(page.getByText("44th and 45th ASEAN Summits and Related Summits")).isVisible();

        chain("Prepared by").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("ASEAN Senior Officials' Meeting")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("ASEAN Senior Officials' Meeting");
    }

    private void openFromCalendar(int year, String title) {
        page.navigate("/calendar?year=" + year);
        page.locator("#results").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true)).click();
        assertThat(page).hasURL(MEETING_PAGE);
    }

    /** The value of a fact, found by its term in the facts list. */
    private Locator fact(String term) {
        return page.locator("dl.facts dt:text-is('" + term + "') + dd");
    }

    /** The entries of the list under a heading of the preparation chain. */
    private Locator chain(String heading) {
        return page.locator("h3:text-is('" + heading + "') + ul.chain > li");
    }
}
