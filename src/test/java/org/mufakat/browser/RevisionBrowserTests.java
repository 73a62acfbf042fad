package org.mufakat.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.commitments.InterventionRegister;
import org.mufakat.commitments.RecordIntervention;
import org.mufakat.meetings.DelegationMember;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.HeadOfDelegation;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.RegisterDelegation;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.RegisterPerson;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Correcting a statement in a browser: from the country's page to the statement's form, a point and the speaker changed,
 * the change seen back on the country's page. Its meeting is of October 2039.
 */
class RevisionBrowserTests extends BrowserTestSupport {

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DelegationRegister delegations;
    @Autowired
    PersonDirectory people;
    @Autowired
    InterventionRegister interventions;
    @Autowired
    CurrentActor actor;

    @Test
    void aRecordKeeperCorrectsAStatementAndSeesTheChangeOnTheCountryPage() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String member = "Browser Member " + unique;
        actor.asSystem("browser-test", () -> {
            MeetingSummary som = calendar.schedule(new MeetingPlan(new SeriesCode("SOM"), null, null, null,
                    new MeetingDates(LocalDate.of(2039, 10, 20), null), null, MeetingFormat.ONLINE, null, null, null, null, null, null, Set.of()));
            PersonDetails head = people.register(RegisterPerson.newPerson("Browser Head " + unique, PartyCode.of("VNM"), List.of()));
            PersonDetails other = people.register(RegisterPerson.newPerson(member, PartyCode.of("VNM"), List.of()));
            delegations.register(new RegisterDelegation(som.id(), PartyCode.of("VNM"), new HeadOfDelegation(head.id(), null, LeadCapacity.OWN_RIGHT, null),
                    List.of(new DelegationMember(other.id(), null))));
            interventions.record(new RecordIntervention(som.id(), PartyCode.of("VNM"), null, List.of(new RecordIntervention.Point(
                    LocalizedText.english("Misquoted point " + unique), List.of(), List.of(), List.of()))));
        });
        signInAsRecordKeeper();

        page.navigate("/countries/VNM");
        Locator statement = page.locator("#interventions-panel article").filter(new Locator.FilterOptions().setHasText("Misquoted point " + unique));
        assertThat(statement).containsText("Browser Head " + unique);
        statement.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Correct")).click();

        assertThat(page.locator("[name='points[0].textEn']")).hasValue("Misquoted point " + unique);
        field("Who spoke").selectOption(new SelectOption().setLabel(member));
        page.locator("[name='points[0].textEn']").fill("Corrected point " + unique);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the correction")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The statement is corrected.");

        page.navigate("/countries/VNM");
        Locator corrected = page.locator("#interventions-panel article").filter(new Locator.FilterOptions().setHasText("Corrected point " + unique));
        assertThat(corrected).containsText(member);
        assertThat(page.locator("#interventions-panel")).not().containsText("Misquoted point " + unique);
    }
}
