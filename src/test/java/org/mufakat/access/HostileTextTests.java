package org.mufakat.access;

import org.junit.jupiter.api.Test;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Hostile text in every free-text field renders inert on every page that shows it. Meeting in 2039-12. */
@SpringBootTest
@AutoConfigureMockMvc
class HostileTextTests {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DelegationRegister delegations;
    @Autowired
    PersonDirectory people;
    @Autowired
    CurrentActor actor;

    @Test
    void markupTypedIntoTheRecordIsShownAsTextNeverRun() throws Exception {
        MeetingSummary meeting = actor.asSystem("test", () -> calendar.schedule(new MeetingPlan(new SeriesCode("SOM"), null, null,
                LocalizedText.of("Hostile " + SCRIPT, IMAGE), new MeetingDates(LocalDate.of(2039, 12, 7), null), null,
                MeetingFormat.IN_PERSON, LocalizedText.of(IMAGE, null), "VN", SCRIPT, null, null, null, Set.of())));
        PersonDetails person = actor.asSystem("test", () -> people.register(RegisterPerson.newPerson("Hostile " + SCRIPT,
                PartyCode.of("VNM"), List.of())));
        actor.asSystem("test", () -> delegations.register(new RegisterDelegation(meeting.id(), PartyCode.of("VNM"),
                new HeadOfDelegation(person.id(), LocalizedText.of(IMAGE, SCRIPT), LeadCapacity.OWN_RIGHT, null), List.of())));

        for (String page : List.of("/meetings/" + meeting.id(), "/meetings/" + meeting.id() + "?lang=vi", "/calendar?year=2039",
                "/calendar?year=2039&view=timeline", "/calendar?year=2039&view=month&month=12", "/people/" + person.id(),
                "/people?q=hostile", "/countries/VNM")) {
            String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).doesNotContain(SCRIPT).doesNotContain(IMAGE);
            assertThat(html).as(page).containsAnyOf("&lt;script&gt;", "&lt;img");
        }
    }
}
