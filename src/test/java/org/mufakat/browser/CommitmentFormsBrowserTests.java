package org.mufakat.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.SeriesCode;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The commitments' page forms in a browser: a plan recorded from its outline, then a statement recorded from a meeting's
 * page and tagged to the new plan's area, seen on the country's page. Its plan runs 2039-2040, its meeting is of September 2039.
 */
class CommitmentFormsBrowserTests extends BrowserTestSupport {

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    CurrentActor actor;

    @Test
    void aRecordKeeperRecordsAPlanFromItsOutlineThenAStatementAtAMeetingTaggedToItsArea() {
        String title = "Browser form plan " + UUID.randomUUID().toString().substring(0, 8);
        String point = "Welcomed the cleanup of beaches " + UUID.randomUUID().toString().substring(0, 8);
        MeetingSummary som = actor.asSystem("browser-test", () -> calendar.schedule(new MeetingPlan(new SeriesCode("SOM"), null, null, null,
                new MeetingDates(LocalDate.of(2039, 9, 15), null), null, MeetingFormat.ONLINE, null, null, null, null, null, null, Set.of())));
        signInAsRecordKeeper();

        page.navigate("/plans");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New plan")).click();
        field("Framework").selectOption("ASEAN");
        field("Title in English").fill(title);
        field("First year").fill("2039");
        field("Last year").fill("2040");
        field("Adopting document").fill("Browser Declaration on the Plan");
        field("Areas and action lines").fill("1. Marine debris | Rác thải biển\n1.1 Beach cleanups\n2. Energy\n2.1 Power grid\n7.1 A stray line");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan")).click();

        assertThat(page.locator("#error-actionLines")).containsText("Action line 7.1 lies outside the plan's areas: there is no area 7.");
        assertThat(field("Title in English")).hasValue(title);
        field("Areas and action lines").fill("1. Marine debris | Rác thải biển\n1.1 Beach cleanups\n2. Energy\n2.1 Power grid");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The plan is saved.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertThat(page.locator("#adopted-by")).hasText("Browser Declaration on the Plan");
        assertThat(page.locator("#heatmap tbody th")).hasText(new String[]{"1. Marine debris", "2. Energy"});

        page.navigate("/meetings/" + som.id());
        page.locator("#interventions-panel").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Record a statement")).click();
        field("Whose head of delegation spoke").selectOption("VNM");
        page.locator("[name='points[0].textEn']").fill(point);
        page.locator("[name='points[0].areas']").selectOption(new SelectOption().setLabel(title + " · 1. Marine debris"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the statement")).click();

        assertThat(page).hasURL(Pattern.compile(".*/meetings/" + som.id() + "(#.*)?$"));
        assertThat(page.locator("#interventions-panel")).containsText(point);

        page.navigate("/countries/VNM");
        Locator statement = page.locator("#interventions-panel article").filter(new Locator.FilterOptions().setHasText(point));
        assertThat(statement).containsText("Senior Officials");
        assertThat(statement.locator("a.tag-area")).hasText(title + " · 1. Marine debris");
    }
}
