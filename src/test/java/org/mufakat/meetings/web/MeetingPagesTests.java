package org.mufakat.meetings.web;

import org.mufakat.testing.AsRecordKeeper;

import org.junit.jupiter.api.Test;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.RegisterDelegation;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.PartyCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The server-rendered pages and forms, read as HTML; meetings of its own are in May 2035. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class MeetingPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DelegationRegister delegations;

    @Test
    void recordsABilateralMeetingOnTheSidelinesAndListsItOnTheMeetingPage() throws Exception {
        MeetingId som = easSom(LocalDate.of(2035, 5, 7));

        mvc.perform(post("/meetings/{id}/bilaterals", som).with(csrf()).param("party", "VNM").param("counterpartParty", "JPN")
                        .param("heldOn", "2035-05-08").param("subjectEn", "Maritime cooperation"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/meetings/" + som));

        assertThat(delegations.bilateralsAt(som)).singleElement()
                .satisfies(b -> assertThat(b.counterpartParty()).isEqualTo(PartyCode.of("JPN")));
        mvc.perform(get("/meetings/{id}", som)).andExpect(content().string(containsString("Maritime cooperation")));
    }

    @Test
    void refusesABilateralOutsideTheMeetingsDaysWithAMessageAtTheFieldAndSavesNothing() throws Exception {
        MeetingId som = easSom(LocalDate.of(2035, 5, 14));

        mvc.perform(post("/meetings/{id}/bilaterals", som).with(csrf()).param("party", "VNM").param("counterpartParty", "JPN")
                        .param("heldOn", "2035-06-30"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"error-heldOn\"")))
                .andExpect(content().string(containsString("takes place while the meeting runs")));

        assertThat(delegations.bilateralsAt(som)).isEmpty();
    }

    @Test
    void refusesAMeetingThatEndsBeforeItStartsAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/meetings").with(csrf()).param("series", "SOM").param("startDate", "2035-05-20").param("endDate", "2035-05-19")
                        .param("format", "IN_PERSON").param("status", "PLANNED").param("venue", "Typed venue"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"error-endDate\"")))
                .andExpect(content().string(containsString("value=\"Typed venue\"")));

        assertThat(calendar.meetings(new org.mufakat.meetings.MeetingFilter(LocalDate.of(2035, 5, 19), LocalDate.of(2035, 5, 20),
                null, null, null, null, 0, 10)).meetings()).isEmpty();
    }

    @Test
    void showsTheMeetingFormsMessagesInVietnamese() throws Exception {
        mvc.perform(post("/meetings").with(csrf()).param("lang", "vi").param("series", "SOM").param("startDate", "2035-05-21")
                        .param("endDate", "2035-05-20").param("format", "IN_PERSON").param("status", "PLANNED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("không thể kết thúc")));
    }

    @Test
    void theSecondOfTwoEditorsSeesWhatTheFirstChangedAndKeepsTheirOwnInput() throws Exception {
        MeetingSummary meeting = calendar.schedule(plan(LocalDate.of(2035, 5, 27), "First venue"));
        String path = "/meetings/" + meeting.id();

        mvc.perform(post(path).with(csrf()).params(form(meeting, "Second venue"))).andExpect(status().is3xxRedirection());
        mvc.perform(post(path).with(csrf()).params(form(meeting, "Third venue")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("Second venue")))
                .andExpect(content().string(containsString("value=\"Third venue\"")));

        assertThat(calendar.get(meeting.id()).meeting().venue()).isEqualTo("Second venue");
    }

    @Test
    void theCalendarFiltersByFrameworkAndCountry() throws Exception {
        mvc.perform(get("/calendar").param("year", "2024").param("framework", "EAS"))
                .andExpect(content().string(containsString("19th East Asia Summit")))
                .andExpect(content().string(not(containsString("57th ASEAN Foreign Ministers"))));
        mvc.perform(get("/calendar").param("year", "2024").param("country", "JPN"))
                .andExpect(content().string(containsString("27th ASEAN Plus Three Summit")))
                .andExpect(content().string(not(containsString("ASEAN Foreign Ministers&#39; Retreat"))))
                .andExpect(content().string(not(containsString("ASEAN Foreign Ministers' Retreat"))));
    }

    @Test
    void theCalendarWritesEachMeetingsDatesPlaceAndStatusInTheReadersLanguage() throws Exception {
        String english = mvc.perform(get("/calendar").param("year", "2024").param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Element amm = ammRow(english);
        assertThat(amm.select("td").eachText()).containsExactly("25 Jul 2024", "57th ASEAN Foreign Ministers' Meeting", "ASEAN",
                "Vientiane, Laos", "Held");
        assertThat(amm.className()).isEqualTo("level-MINISTERS");

        String vietnamese = mvc.perform(get("/calendar").param("year", "2024").param("lang", "vi"))
                .andReturn().getResponse().getContentAsString();
        assertThat(ammRow(vietnamese).select("td").eachText()).contains("25/7/2024", "Viêng Chăn, Lào", "Đã diễn ra");

        String timeline = mvc.perform(get("/calendar").param("year", "2024").param("view", "timeline").param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(timeline).select("svg a title").eachText())
                .contains("57th ASEAN Foreign Ministers' Meeting · 25 Jul 2024");
        String month = mvc.perform(get("/calendar").param("year", "2024").param("view", "month").param("month", "7").param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(month).select("table.month-grid li.level-MINISTERS a").eachAttr("href"))
                .anyMatch(href -> href.equals(amm.selectFirst("a").attr("href")));
    }

    private static org.jsoup.nodes.Element ammRow(String html) {
        return org.jsoup.Jsoup.parse(html).select("table.meetings tbody tr").stream()
                .filter(row -> row.select("a").text().matches("57.*|.*57.*")).findFirst().orElseThrow();
    }

    @Test
    void aBadFilterValueGetsAMessageNotAnError() throws Exception {
        mvc.perform(get("/calendar").param("year", "2024").param("country", "XYZ").param("level", "EMPERORS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no country or organisation “XYZ”")))
                .andExpect(content().string(containsString("“EMPERORS” is not one of the offered values")));
    }

    @Test
    void anUnknownOrMalformedMeetingIsAReadableNotFound() throws Exception {
        mvc.perform(get("/meetings/{id}", "00000000-0000-0000-0000-000000000000")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Not found")));
        mvc.perform(get("/meetings/not-an-id")).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void theChairYearsPageExplainsTheDeparturesFromThePlainOrder() throws Exception {
        mvc.perform(get("/chair-years"))
                .andExpect(content().string(containsString("The Philippines took the 2026 chair in Myanmar&#39;s place.")))
                .andExpect(content().string(containsString("data-year=\"2026\"")));
    }

    private MeetingId easSom(LocalDate day) {
        return calendar.schedule(new MeetingPlan(new SeriesCode("EAS SOM"), null, null, null, new MeetingDates(day, day.plusDays(1)),
                null, MeetingFormat.IN_PERSON, null, "VN", null, null, null, null, Set.of())).id();
    }

    private static MeetingPlan plan(LocalDate day, String venue) {
        return new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, day), null, MeetingFormat.IN_PERSON,
                null, "VN", venue, null, null, null, Set.of());
    }

    private static org.springframework.util.MultiValueMap<String, String> form(MeetingSummary meeting, String venue) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.put("series", List.of("SOM"));
        form.put("startDate", List.of(meeting.dates().startDate().toString()));
        form.put("endDate", List.of(meeting.dates().endDate().toString()));
        form.put("format", List.of("IN_PERSON"));
        form.put("status", List.of("PLANNED"));
        form.put("country", List.of("VN"));
        form.put("venue", List.of(venue));
        form.put("version", List.of(String.valueOf(meeting.version())));
        return form;
    }
}
