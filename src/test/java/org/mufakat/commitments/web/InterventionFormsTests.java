package org.mufakat.commitments.web;

import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.InterventionRegister;
import org.mufakat.commitments.InterventionView;
import org.mufakat.commitments.IssueRegister;
import org.mufakat.commitments.OpenStandingIssue;
import org.mufakat.commitments.PlanArea;
import org.mufakat.commitments.PlanRegister;
import org.mufakat.commitments.PlanSummary;
import org.mufakat.commitments.RecordPlan;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The statement form of a meeting's statements panel; meetings of 2047. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class InterventionFormsTests {

    private static final AtomicInteger DAY = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    InterventionRegister interventions;
    @Autowired
    IssueRegister issues;
    @Autowired
    PlanRegister plans;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    CurrentActor actor;

    @Test
    void recordsAStatementPointByPointWithItsTags() throws Exception {
        MeetingSummary som = som();
        PlanSummary plan = plan();
        // An issue of its own: the seeds' issues have timelines other tests count.
        String code = "forms-" + UUID.randomUUID().toString().substring(0, 8);
        String issue = issues.open(new OpenStandingIssue(code, LocalizedText.english("A form test issue"), null)).id().toString();

        String form = mvc.perform(get("/meetings/{id}/interventions/new", som.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("value=\"" + issue + "\"").contains("value=\"" + plan.id() + ":1\"").contains("name=\"points[2].textEn\"");

        mvc.perform(post("/meetings/{id}/interventions", som.id()).with(csrf()).param("party", "VNM")
                        .param("points[0].textEn", "Called for restraint in the East Sea").param("points[0].issues", issue)
                        .param("points[1].textEn", "").param("points[2].textEn", "Welcomed the marine debris work")
                        .param("points[2].textVi", "Hoan nghênh công tác về rác thải biển").param("points[2].areas", plan.id() + ":1"))
                .andExpect(status().is3xxRedirection());

        List<InterventionView> recorded = interventions.atMeeting(som.id());
        assertThat(recorded).singleElement().satisfies(v -> {
            assertThat(v.party().value()).isEqualTo("VNM");
            assertThat(v.points()).hasSize(2);
            assertThat(v.points().getFirst().issues()).extracting(InterventionView.IssueLabel::code).containsExactly(code);
            assertThat(v.points().get(1).areas()).extracting(InterventionView.AreaLabel::number).containsExactly(1);
            assertThat(v.points().get(1).text().vi()).isEqualTo("Hoan nghênh công tác về rác thải biển");
        });
        mvc.perform(get("/meetings/{id}/interventions", som.id())).andExpect(content().string(containsString("Called for restraint")))
                .andExpect(content().string(containsString("id=\"new-intervention\"")));
    }

    @Test
    void asksForMorePointsWithoutSavingAndKeepsWhatWasTyped() throws Exception {
        MeetingSummary som = som();

        String form = mvc.perform(post("/meetings/{id}/interventions", som.id()).with(csrf()).param("morePoints", "1").param("party", "VNM")
                        .param("points[0].textEn", "First point").param("points[1].textEn", "").param("points[5].textEn", "Sixth point"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(form).contains("First point").contains("Sixth point").contains("name=\"points[4].textEn\"")
                .doesNotContain("name=\"points[5].textEn\"");
        assertThat(interventions.atMeeting(som.id())).isEmpty();
    }

    @Test
    void refusesAStatementWithoutPartyOrPointsOrFromAPartyNotAtTheTableSavingNothing() throws Exception {
        MeetingSummary som = som();

        mvc.perform(post("/meetings/{id}/interventions", som.id()).with(csrf()).param("party", "").param("points[0].textEn", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say whose statement it is.")))
                .andExpect(content().string(containsString("A statement has at least one point.")));
        mvc.perform(post("/meetings/{id}/interventions", som.id()).with(csrf()).param("party", "JPN").param("points[0].textEn", "Kept text"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("did not sit at the")))
                .andExpect(content().string(containsString("Kept text")));
        mvc.perform(post("/meetings/{id}/interventions", som.id()).with(csrf()).param("party", "VNM").param("points[0].textEn", "Tagged oddly")
                        .param("points[0].issues", UUID.randomUUID().toString()).param("lang", "vi"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Không có vấn đề thường trực này.")));
        mvc.perform(post("/meetings/{id}/interventions", som.id()).with(csrf()).param("party", "VNM").param("points[0].textEn", "Bad tag")
                        .param("points[0].areas", "not-an-area"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("A tag is not one of the offered choices.")));

        assertThat(interventions.atMeeting(som.id())).isEmpty();
    }

    @Test
    void onlyWhoMaySpeakForAPartyAtTheTableGetsTheFormAndTheirOwnPartyOnly() throws Exception {
        MeetingSummary som = som();
        RequestPostProcessor japan = as("jpn", "PARTNER_OFFICER:JPN");
        RequestPostProcessor vietNam = as("vnm", "DELEGATION_OFFICER:VNM");

        mvc.perform(get("/meetings/{id}/interventions", som.id()).with(japan)).andExpect(content().string(not(containsString("new-intervention"))));
        mvc.perform(get("/meetings/{id}/interventions/new", som.id()).with(japan)).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/interventions", som.id()).with(japan).with(csrf()).param("party", "")).andExpect(status().isForbidden());
        String form = mvc.perform(get("/meetings/{id}/interventions/new", som.id()).with(vietNam)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("value=\"VNM\"").doesNotContain("value=\"THA\"");
        mvc.perform(post("/meetings/{id}/interventions", som.id()).with(vietNam).with(csrf()).param("party", "THA")
                .param("points[0].textEn", "Speaking for Thailand")).andExpect(status().isForbidden());

        assertThat(interventions.atMeeting(som.id())).isEmpty();
    }

    private MeetingSummary som() {
        return actor.asSystem("intervention-forms-tests", () -> calendar.schedule(new MeetingPlan(new SeriesCode("SOM"), null, null, null,
                new MeetingDates(LocalDate.of(2047, 4, 1).plusDays(DAY.incrementAndGet()), null), null, MeetingFormat.ONLINE, null, null, null,
                null, null, null, Set.of())));
    }

    private PlanSummary plan() {
        return plans.record(new RecordPlan(LocalizedText.english("Statement plan " + UUID.randomUUID()), FrameworkCode.of("ASEAN"), 2047, 2049,
                null, List.of(new PlanArea(1, LocalizedText.english("Marine debris"))),
                List.of(ActionLine.of("1.1", LocalizedText.english("Cleanups")))));
    }

    private static RequestPostProcessor as(String username, String authority) {
        return SecurityMockMvcRequestPostProcessors.user(username).authorities(AuthorityUtils.createAuthorityList(authority));
    }
}
