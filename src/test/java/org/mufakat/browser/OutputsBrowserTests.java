package org.mufakat.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The Chair's press release drafted, edited and issued in the browser, and an outcome list downloaded. Year 2040. */
class OutputsBrowserTests extends BrowserTestSupport {

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    CurrentActor actor;

    @Test
    void aRecordKeeperDraftsEditsAndIssuesThePressReleaseWhichThePublicThenReads() {
        String meeting = "/meetings/" + som(LocalDate.of(2040, 3, 12));
        signInAsRecordKeeper();
        page.navigate(meeting);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Draft the Chair's press release")).click();

        assertThat(page.locator("#not-stored")).isVisible();
        assertThat(field("Title in English")).hasValue("Chair's Press Release of the ASEAN Senior Officials' Meeting");
        assertThat(field("Title in Vietnamese")).hasValue("Thông cáo báo chí của Chủ tịch Hội nghị Quan chức cao cấp ASEAN");
        assertThat(field("Text in English")).hasValue(java.util.regex.Pattern.compile(
                "^1\\. The ASEAN Senior Officials' Meeting was held on 12 March 2040 in Da Nang, Vietnam"));
        assertThat(field("Text in Vietnamese")).hasValue(java.util.regex.Pattern.compile("tại Đà Nẵng, Việt Nam ngày 12/3/2040"));

        field("Text in English").fill(field("Text in English").inputValue() + "\n\n2. The Senior Officials prepared the Ministers' meeting.");
        field("Text in Vietnamese").fill(field("Text in Vietnamese").inputValue() + "\n\n2. Các Quan chức Cao cấp đã chuẩn bị cho Hội nghị Bộ trưởng.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The draft was saved.");
        assertThat(page.locator("#not-stored")).hasCount(0);
        assertThat(field("Text in English")).hasValue(java.util.regex.Pattern.compile("prepared the Ministers' meeting\\.$"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue the press release")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The press release was issued.");
        assertThat(page.locator("#press-release-en h1")).hasText("Chair's Press Release of the ASEAN Senior Officials' Meeting");
        assertThat(page.locator("#press-release-vi")).containsText("Các Quan chức Cao cấp đã chuẩn bị cho Hội nghị Bộ trưởng.");
        assertThat(page.locator("textarea")).hasCount(0);

        context.clearCookies();
        page.navigate(meeting);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the Chair's press release")).click();
        assertThat(page.locator("#press-release-en")).containsText("2. The Senior Officials prepared the Ministers' meeting.");
    }

    @Test
    void theOutcomeListDownloadsAsACsvThatExcelReadsAsUtf8() throws Exception {
        String meeting = "/meetings/" + som(LocalDate.of(2040, 3, 19));
        page.navigate(meeting);

        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV (Excel)")).click());

        assertThat(download.suggestedFilename()).isEqualTo("outcomes-2040-03-19.csv");
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFSymbol,Kind,Title (English),Title (Vietnamese),Decision,Version,Date\r\n");
    }

    private MeetingId som(LocalDate day) {
        MeetingPlan plan = new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, null), null,
                MeetingFormat.IN_PERSON, LocalizedText.of("Da Nang", "Đà Nẵng"), "VN", null, null, null, null, Set.of());
        return actor.asSystem("outputs-browser-tests", () -> calendar.schedule(plan)).id();
    }
}
