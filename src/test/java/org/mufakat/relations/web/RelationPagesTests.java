package org.mufakat.relations.web;

import org.junit.jupiter.api.Test;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.relations.MembershipRoadmaps;
import org.mufakat.relations.RoadmapView;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The relations pages and the coordination panel of meeting pages, read as HTML, with the demo data. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class RelationPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    MembershipRoadmaps roadmaps;

    @Test
    void theRelationsPageListsThePartnersWithTheirLevels() throws Exception {
        mvc.perform(get("/relations")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Republic of Korea"), containsString("Full dialogue partnership"),
                        containsString("1 Nov 1989"))));
        mvc.perform(get("/relations").param("lang", "vi")).andExpect(content().string(containsString("Đối tác đối thoại đầy đủ")));
    }

    @Test
    void aPartnersPageShowsItsLevelsAnniversaryAndCoordinators() throws Exception {
        mvc.perform(get("/relations/KOR")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ASEAN–Korea relations"), containsString("40 years, in 2029"),
                        containsString("Viet Nam"), containsString("Thailand"))));
        mvc.perform(get("/relations/VNM")).andExpect(status().isNotFound());
    }

    @Test
    void theCoordinatorsTableMarksTermsAndCells() throws Exception {
        mvc.perform(get("/relations/coordinators")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"coordinators-table\""), containsString("data-partner=\"KOR\""),
                        containsString("2024–27"), containsString("forecast"))));
    }

    @Test
    void anAseanPlusOneMeetingShowsItsCoordinatorAsDefaultCoChair() throws Exception {
        MeetingSummary melbourne = meeting("ASEAN+1 Special Summit", LocalDate.of(2024, 3, 4));
        mvc.perform(get("/meetings/{id}", melbourne.id())).andExpect(content().string(containsString("/meetings/" + melbourne.id() + "/coordinator")));
        mvc.perform(get("/meetings/{id}/coordinator", melbourne.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Co-chair by default"), containsString("Lao PDR"))));
    }

    @Test
    void theMinisterialMeetingOfAHandoverYearListsTheHandovers() throws Exception {
        MeetingSummary amm57 = meeting("AMM", LocalDate.of(2024, 7, 25));
        mvc.perform(get("/meetings/{id}/coordinator", amm57.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"handovers\""), containsString("1 Aug 2024"))));
        MeetingSummary som = meeting("SOM", LocalDate.of(2024, 8, 21));
        mvc.perform(get("/meetings/{id}/coordinator", som.id())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("coordination-panel"))));
    }

    @Test
    void refusesALevelFormWithAMessageAtTheFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/relations/KOR/levels").with(csrf()).param("level", "STRATEGIC_PARTNERSHIP").param("since", "1980-01-01")
                        .param("source", "Typed source"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"error-since\""), containsString("value=\"Typed source\""))));
    }

    @Test
    void refusesADecisionForANonMemberOnThePage() throws Exception {
        mvc.perform(post("/relations/coordinators/decisions").with(csrf()).param("partner", "EU").param("coordinator", "TLS")
                        .param("from", "2024-09-01").param("to", "2025-06-30"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"error-coordinator\""), containsString("only a member coordinates"))));
    }

    @Test
    void theRoadmapPageLinksTheReviewingMeetingAndRefusesAnEarlyAdmission() throws Exception {
        RoadmapView roadmap = roadmaps.all().getFirst();
        MeetingSummary som = meeting("SOM", LocalDate.of(2024, 8, 21));
        mvc.perform(get("/roadmaps/{id}", roadmap.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Roadmap for Timor-Leste"), containsString("/meetings/" + som.id()),
                        containsString("26 Oct 2025"), containsString("in progress"))));
        mvc.perform(post("/roadmaps/{id}/admission", roadmap.id()).with(csrf()).param("admittedOn", "2023-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"error-admittedOn\"")));
        assertThat(roadmaps.roadmap(roadmap.id()).admittedOn()).isEqualTo(LocalDate.of(2025, 10, 26));
    }

    private MeetingSummary meeting(String series, LocalDate start) {
        return calendar.meetings(new MeetingFilter(start, start, null, null, null, null, 0, 50)).meetings().stream()
                .filter(m -> m.series().value().equals(series) && m.dates().startDate().equals(start)).findFirst().orElseThrow();
    }
}
