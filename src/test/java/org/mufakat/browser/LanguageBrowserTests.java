package org.mufakat.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class LanguageBrowserTests extends BrowserTestSupport {

    @Test
    void aBrowserAskingForEnglishGetsEnglishPages() {
        page.navigate("/calendar?year=2024");

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("57th ASEAN Foreign Ministers' Meeting"))).isVisible();
    }

    @Test
    void aBrowserAskingForVietnameseGetsVietnamesePages() {
        try (BrowserContext vietnamese = context.browser().newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN").setBaseURL("http://localhost:" + port))) {
            Page vietnamesePage = vietnamese.newPage();

            vietnamesePage.navigate("/calendar?year=2024");

            assertThat(vietnamesePage.locator("html")).hasAttribute("lang", "vi");
            assertThat(vietnamesePage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57")))
                    .isVisible();
        }
    }

    @Test
    void switchingToVietnameseTranslatesThePageAndIsRememberedOnTheNextPage() {
        page.navigate("/calendar?year=2024");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếng Việt").setExact(true)).click();

        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Lịch họp 2024");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57")))
                .isVisible();

        // The next page is asked for without any language in its address.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Năm Chủ tịch").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile("/chair-years$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Các năm Chủ tịch");
        assertThat(page.locator("#rotation tr[data-year='2026']")).containsText("Phi-líp-pin đảm nhiệm Chủ tịch năm 2026 thay Mi-an-ma.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Chair years");
    }
}
