package org.mufakat.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ChairYearsBrowserTests extends BrowserTestSupport {

    @Test
    void thePhilippinesChairing2026InMyanmarsPlaceIsMarkedAsAnExplainedDeparture() {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chair years").setExact(true)).click();

        Locator year2026 = page.locator("#rotation tbody tr[data-year='2026']");
        assertThat(year2026).hasClass(Pattern.compile("\\bdeparture\\b"));
        // Year, chair on record, theme, expected by the rule, plain alphabetical order, departure.
        assertThat(year2026.locator("td").nth(1)).hasText("Philippines");
        assertThat(year2026.locator("td").nth(3)).hasText("Philippines");
        assertThat(year2026.locator("td").nth(4)).hasText("Myanmar");
        assertThat(year2026.locator("td").nth(5)).hasText("The Philippines took the 2026 chair in Myanmar's place.");
    }

    @Test
    void aYearThatFollowsThePlainOrderIsNoDeparture() {
        page.navigate("/chair-years");

        Locator year2024 = page.locator("#rotation tbody tr[data-year='2024']");
        assertThat(year2024.locator("td").nth(1)).hasText("Lao PDR");
        assertThat(year2024).not().hasClass(Pattern.compile("departure|unexplained"));
        assertThat(year2024.locator("td").nth(5)).isEmpty();
    }
}
