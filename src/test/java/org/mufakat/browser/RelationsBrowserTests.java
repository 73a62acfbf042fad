package org.mufakat.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingSummary;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The coordinators' table, a partner's page, the coordination panel of a meeting page, and recording a decision. */
class RelationsBrowserTests extends BrowserTestSupport {

    @Autowired
    MeetingCalendar calendar;

    @Test
    void theCoordinatorsTableShowsWhoHoldsEachPartnerInEachTerm() {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Relations").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Country coordinators").setExact(true)).first().click();

        Locator korea = page.locator("#coordinators-table tbody tr[data-partner='KOR']");
        assertThat(korea.locator("td[data-term='2018–21']")).containsText("Brunei");
        assertThat(korea.locator("td[data-term='2021–24']")).containsText("Vietnam");
        assertThat(korea.locator("td[data-term='2024–27']")).containsText("Thailand");
        Locator uk = page.locator("#coordinators-table tbody tr[data-partner='GBR']");
        assertThat(uk.locator("td[data-term='2018–21']")).hasText("—");
        assertThat(uk.locator("td[data-term='2021–24']")).containsText("Brunei");
        assertThat(uk.locator("td[data-term='2024–27']")).containsText("Vietnam");
        assertThat(page.locator("#coordinators-table thead th[data-term='2027–30']")).containsText("forecast");
    }

    @Test
    void aPartnersPageShowsItsLevelsItsNextAnniversaryAndItsCoordinators() {
        page.navigate("/relations");
        assertThat(page.locator("#partners")).containsText("Full dialogue partnership");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Republic of Korea").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile(".*/relations/KOR$"));
        assertThat(page.locator("h1")).hasText("ASEAN–Korea relations");
        assertThat(page.locator("#levels tbody tr")).hasCount(2);
        assertThat(page.locator("#levels tbody tr").first()).containsText("1 Nov 1989");
        assertThat(page.locator("#next-anniversary")).hasText("40 years, in 2029");
        assertThat(page.locator("#coordinators")).containsText("Viet Nam");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
        assertThat(page.locator("h1")).hasText("Quan hệ ASEAN–Hàn Quốc");
    }

    @Test
    void anAseanPlusOneMeetingPageLoadsItsDefaultCoChair() {
        MeetingSummary melbourne = calendar.meetings(new MeetingFilter(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 4), "ASEAN+1",
                null, null, null, 0, 10)).meetings().getFirst();
        page.navigate("/meetings/" + melbourne.id());

        assertThat(page.locator("#co-chair")).containsText("Lao PDR");
    }

    @Test
    void aRecordKeeperRecordsADecisionAndSeesTheForecastCellSplit() {
        signInAsRecordKeeper();
        page.navigate("/relations/coordinators");
        field("Partner").selectOption("CHN");
        field("Coordinator").fill("VNM");
        field("From").fill("2029-08-01");
        field("To").fill("2030-07-31");
        field("Note (English)").fill("Browser test decision");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.locator(".notice")).hasText("Saved.");
        Locator china = page.locator("#coordinators-table tbody tr[data-partner='CHN'] td[data-term='2027–30']");
        assertThat(china).containsText("Vietnam");
        assertThat(china).containsText("(decision)");
        assertThat(page.locator("#decisions")).containsText("Browser test decision");
    }
}
