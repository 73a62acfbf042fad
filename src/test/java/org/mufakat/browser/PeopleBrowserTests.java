package org.mufakat.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class PeopleBrowserTests extends BrowserTestSupport {

    @Test
    void searchingForDoHungVietWithoutDiacriticsFindsTheNameWrittenWithThem() {
        page.navigate("/people");

        page.locator("main").getByRole(AriaRole.SEARCHBOX).fill("do hung viet");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();

        assertThat(page).hasURL(Pattern.compile("[?&]q=do\\+hung\\+viet"));
        assertThat(page.locator("main table tbody tr td:first-child")).hasText(new String[]{"Đỗ Hùng Việt"});
        assertThat(page.locator("main table tbody tr")).containsText(new String[]{"Viet Nam"});
    }

    @Test
    void aFoundPersonsPageListsTheDelegationsTheyLed() {
        page.navigate("/people?q=do+hung+viet");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đỗ Hùng Việt")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Đỗ Hùng Việt");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("57th ASEAN Foreign Ministers' Meeting"))).isVisible();
    }

    @Test
    void aNameNobodyHasFindsNobody() {
        page.navigate("/people");

        page.locator("main").getByRole(AriaRole.SEARCHBOX).fill("Nobody Of That Name");
        page.locator("main").getByRole(AriaRole.SEARCHBOX).press("Enter");

        assertThat(page.getByText("Nobody matches.")).isVisible();
        assertThat(page.locator("main table tbody tr")).hasCount(0);
    }
}
