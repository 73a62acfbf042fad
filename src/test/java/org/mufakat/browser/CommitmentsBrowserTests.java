package org.mufakat.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.PlanArea;
import org.mufakat.commitments.PlanRegister;
import org.mufakat.commitments.PlanSummary;
import org.mufakat.commitments.RecordPlan;
import org.mufakat.commitments.ReportImplementation;
import org.mufakat.commitments.ReportStatus;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The plan page (heat map, drill down, reporting) and a standing issue's timeline; plans of its own run 2037-2038. */
class CommitmentsBrowserTests extends BrowserTestSupport {

    @Autowired
    PlanRegister plans;
    @Autowired
    CurrentActor actor;

    @Test
    void thePlanPageShowsProgressByAreaAndYearAndDrillsDownToAnAreasActionLines() {
        PlanSummary plan = planWithReports();

        page.navigate("/plans");
        page.locator("#plans").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(plan.title().en())).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(plan.title().en());
        Locator area1In2037 = cell(1, 2037);
        assertThat(area1In2037).hasText("1 of 2 completed (50%)");
        assertThat(area1In2037).hasClass(Pattern.compile("heat-3"));
        assertThat(cell(2, 2037)).hasText("1 of 1 completed (100%)");
        assertThat(cell(2, 2037)).hasClass(Pattern.compile("heat-4"));
        assertThat(cell(1, 2038)).hasClass(Pattern.compile("heat-0"));
        assertThat(page.locator("#heatmap tfoot td").first()).hasText("2 of 3 completed (67%)");

        page.locator("#heatmap").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("1. Marine cooperation")).click();

        Locator lines = page.locator("#area-detail tbody tr");
        assertThat(lines).hasCount(2);
        assertThat(lines.first()).containsText("1.1");
        assertThat(lines.first()).containsText("Beach cleanup");
        assertThat(lines.first()).containsText("completed");
        assertThat(lines.nth(1)).containsText("No reports.");
        assertThat(page).hasURL(Pattern.compile(".*/plans/" + plan.id() + "$"));
    }

    @Test
    void vietNamsOfficerReportsImplementationAndIsToldWhenTheYearLiesOutsideThePeriod() {
        PlanSummary plan = planWithReports();
        signIn("vnm", "mufakat-demo-vnm");
        page.navigate("/plans/" + plan.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report implementation")).click();

        field("Reporting member or partner").selectOption("VNM");
        field("Year").fill("2039");
        field("Action lines served").fill("1.2");
        field("Activity (English)").fill("Training of coast guards");
        field("Status").selectOption("COMPLETED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the report")).click();

        assertThat(page.locator("#error-year")).containsText("2039 lies outside the plan's period 2037–2038");
        field("Year").fill("2038");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the report")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The report is saved.");
        assertThat(cell(1, 2038)).hasText("1 of 1 completed (100%)");
    }

    @Test
    void theEastSeasTimelineRunsAcrossMeetingsAndLeadsToTheMeetingsStatements() {
        page.navigate("/issues");
        page.locator("#issues").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("The East Sea (South China Sea): UNCLOS 1982, the DOC and the COC")).click();

        Locator entries = page.locator("#timeline > li");
        assertThat(entries).hasCount(3);
        assertThat(entries.nth(0)).containsText("29 Jan 2024");
        assertThat(entries.nth(0)).containsText("Bùi Thanh Sơn");
        assertThat(entries.nth(1)).containsText("25 Jul 2024");
        assertThat(entries.nth(1)).containsText("UNCLOS 1982");
        assertThat(entries.nth(2)).containsText("21 Aug 2024");

        entries.nth(1).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("57th ASEAN Foreign Ministers' Meeting")).click();

        Locator panel = page.locator("#interventions-panel");
        assertThat(panel).containsText("Statements by heads of delegation");
        assertThat(panel).containsText("Đỗ Hùng Việt");
        assertThat(panel.locator("a.tag-issue")).hasText("The East Sea (South China Sea): UNCLOS 1982, the DOC and the COC");
    }

    private Locator cell(int area, int year) {
        return page.locator("#heatmap tr[data-area='" + area + "'] td[data-year='" + year + "']");
    }

    /** Two areas, 2037-2038; in 2037 area 1 has one completed and one ongoing report, area 2 one completed. */
    private PlanSummary planWithReports() {
        return actor.asSystem("browser-test", () -> {
            PlanSummary plan = plans.record(new RecordPlan(LocalizedText.english("Browser plan " + UUID.randomUUID().toString().substring(0, 8)),
                    FrameworkCode.of("EAS"), 2037, 2038, null,
                    List.of(new PlanArea(1, LocalizedText.english("Marine cooperation")), new PlanArea(2, LocalizedText.english("Energy"))),
                    List.of(ActionLine.of("1.1", LocalizedText.english("Marine debris")), ActionLine.of("1.2", LocalizedText.english("Coast guards")),
                            ActionLine.of("2.1", LocalizedText.english("Power grid")))));
            plans.report(new ReportImplementation(plan.id(), 2037, PartyCode.of("VNM"), LocalizedText.english("Beach cleanup"), Set.of("1.1"),
                    ReportStatus.COMPLETED));
            plans.report(new ReportImplementation(plan.id(), 2037, PartyCode.of("JPN"), LocalizedText.english("Study"), Set.of("1.1"),
                    ReportStatus.ONGOING));
            plans.report(new ReportImplementation(plan.id(), 2037, PartyCode.of("AUS"), LocalizedText.english("Grid study"), Set.of("2.1"),
                    ReportStatus.COMPLETED));
            return plan;
        });
    }
}
