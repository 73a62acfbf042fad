package org.mufakat.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.press.ImportOutcome;
import org.mufakat.press.IncomingReport;
import org.mufakat.press.PressIntake;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A record keeper opens a standing issue, gives it the phrase the press uses, and finds the reports on its timeline. */
class IssueBrowserTests extends BrowserTestSupport {

    @Autowired
    PressIntake intake;
    @Autowired
    CurrentActor actor;

    @Test
    void aRecordKeeperOpensAnIssueAndItsTimelineListsTheReportsThatNameIt() {
        String word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        ImportOutcome report = actor.asSystem("browser-test", () -> intake.importReport(new IncomingReport(
                ("Hội nghị hợp tác sông Mê Công " + UUID.randomUUID() + "\n\nNgày 3/6, các bộ trưởng đã họp. Các nước nhất trí tăng cường hợp tác về "
                        + word + " trong khuôn khổ ASEAN. Hội nghị bế mạc cùng ngày.").getBytes(StandardCharsets.UTF_8),
                null, "text/plain", "https://example.org/tin/" + word, LocalDate.of(2036, 6, 3))));
        assertThat(report.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        String code = "browser-" + word.toLowerCase();

        signInAsRecordKeeper();
        page.navigate("/issues");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New standing issue")).click();
        field("Code").fill("Not A Code");
        field("Title (English)").fill("Cooperation on " + word);
        field("Phrases reports name it by").fill("Mekong\n" + word);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.locator("#error-code")).containsText("lower-case letters");
        assertThat(field("Title (English)")).hasValue("Cooperation on " + word);
        field("Code").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The issue is saved.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Cooperation on " + word);
        var entry = page.locator("#timeline .entry-REPORT").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(word));
        assertThat(entry).hasCount(1);
        assertThat(entry).containsText("Các nước nhất trí tăng cường hợp tác về " + word + " trong khuôn khổ ASEAN.");
        assertThat(entry.locator("a[rel~=noopener]")).hasAttribute("href", "https://example.org/tin/" + word);
        assertThat(entry.locator("a.report")).hasAttribute("href", "/reports/" + report.report());
        assertThat(entry.locator("time")).hasText("3 Jun 2036");
    }
}
