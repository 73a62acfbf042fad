package org.mufakat.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Searching as one types: the person and the meetings he led appear with his name marked, written with its diacritics. */
class SearchBrowserTests extends BrowserTestSupport {

    @Test
    void typingDoHungVietShowsThePersonAndHisMeetingsWithTheNameMarked() {
        page.navigate("/search");

        page.locator("main").getByRole(AriaRole.SEARCHBOX).pressSequentially("Do Hung Viet", new Locator.PressSequentiallyOptions().setDelay(40));

        assertThat(page).hasURL(Pattern.compile("[?&]q=Do(\\+|%20)Hung(\\+|%20)Viet"));
        Locator hits = page.locator("#search-results li.hit");
        assertThat(hits.first()).hasAttribute("data-kind", "person");
        assertThat(hits.first().locator(".hit-title mark")).hasText(new String[]{"Đỗ", "Hùng", "Việt"});
        Locator amm = hits.filter(new Locator.FilterOptions().setHasText("57th ASEAN Foreign Ministers' Meeting"));
        assertThat(amm).hasCount(1);
        assertThat(amm).hasAttribute("data-kind", "meeting");
        assertThat(amm.locator(".snippet mark").filter(new Locator.FilterOptions().setHasText("Đỗ"))).hasCount(1);

        hits.first().getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Đỗ Hùng Việt");
    }

    @Test
    void theHeaderBoxListsHitsUnderItOnAnyPageInTheLanguageThatMatched() {
        page.navigate("/calendar?year=2024");

        page.locator("header.site").getByRole(AriaRole.SEARCHBOX).pressSequentially("vieng chan", new Locator.PressSequentiallyOptions().setDelay(40));

        Locator live = page.locator("#search-live");
        assertThat(live.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("meeting Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57")))
                .isVisible();
        live.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("meeting Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57")).click();
        assertThat(page).hasURL(MEETING_PAGE);
    }

    @Test
    void withoutJavaScriptTheBoxIsAPlainSearchForm() {
        try (BrowserContext plain = page.context().browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("en-GB").setBaseURL("http://localhost:" + port))) {
            Page noScript = plain.newPage();
            noScript.navigate("/");

            noScript.locator("header.site").getByRole(AriaRole.SEARCHBOX).fill("do hung viet");
            noScript.locator("header.site").getByRole(AriaRole.SEARCHBOX).press("Enter");

            assertThat(noScript).hasURL(Pattern.compile("/search\\?q=do\\+hung\\+viet"));
            assertThat(noScript.locator("#search-results li.hit").first().locator(".hit-title mark")).hasText(new String[]{"Đỗ", "Hùng", "Việt"});
        }
    }
}
