package org.mufakat.commitments.web;

import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.PlanArea;
import org.mufakat.commitments.PlanDetails;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan's page forms: recording and revising a plan from its outline, a meeting's review, a partner's proposal; plans of 2047-2049. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class PlanFormsTests {

    private static final String OUTLINE = """
            1. Maritime cooperation | Hợp tác biển
            1.1 Marine debris | Rác thải biển
            1.2 Search and rescue

            2. Connectivity
            2.1 Power grid
            """;
    private static final AtomicInteger DAY = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanRegister plans;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    CurrentActor actor;

    @Test
    void recordsAPlanFromItsOutlineOfAreasAndActionLines() throws Exception {
        String title = "Form plan " + UUID.randomUUID();

        mvc.perform(post("/plans").with(csrf()).param("framework", "EAS").param("titleEn", title).param("titleVi", "Kế hoạch mẫu")
                        .param("fromYear", "2047").param("toYear", "2049").param("adoptedBy", "Test Declaration on the Plan")
                        .param("outline", OUTLINE))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/plans/*"));

        PlanDetails details = plans.get(byTitle(title).id());
        assertThat(details.plan().fromYear()).isEqualTo(2047);
        assertThat(details.plan().adoptedBy().symbol()).isEqualTo("Test Declaration on the Plan");
        assertThat(details.areas()).extracting(PlanArea::number).containsExactly(1, 2);
        assertThat(details.areas().getFirst().title()).isEqualTo(LocalizedText.of("Maritime cooperation", "Hợp tác biển"));
        assertThat(details.actionLines()).extracting(ActionLine::code).containsExactly("1.1", "1.2", "2.1");
        assertThat(details.actionLines().getFirst().text().vi()).isEqualTo("Rác thải biển");
        mvc.perform(get("/plans/{id}", details.plan().id())).andExpect(content().string(containsString("1. Maritime cooperation")));
    }

    @Test
    void refusesUnreadableOutlineLinesByTheirNumberKeepingWhatWasTypedAndSavingNothing() throws Exception {
        String title = "Unreadable plan " + UUID.randomUUID();

        String html = mvc.perform(post("/plans").with(csrf()).param("framework", "EAS").param("titleEn", title)
                        .param("fromYear", "2047").param("toYear", "2049")
                        .param("outline", "1. Maritime cooperation\nMarine debris without a number\n1.123 Too deep\n"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Line 2 is neither an area").contains("Line 3: areas are numbered 1 to 99")
                .contains("value=\"" + title + "\"").contains("Marine debris without a number");
        assertThat(plans.plans()).noneMatch(p -> p.title().en().equals(title));
    }

    @Test
    void refusesAReversedPeriodUnreadableYearsAndActionLinesOutsideTheAreasWithMessagesInVietnamese() throws Exception {
        String title = "Reversed plan " + UUID.randomUUID();

        mvc.perform(post("/plans").with(csrf()).param("lang", "vi").param("framework", "EAS").param("titleEn", title)
                        .param("fromYear", "2049").param("toYear", "2047").param("outline", "1. Area\n1.1 Line"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Giai đoạn kết thúc")));
        mvc.perform(post("/plans").with(csrf()).param("framework", "EAS").param("titleEn", title)
                        .param("fromYear", "twenty").param("toYear", "2049").param("outline", "1. Area"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the year as four digits.")));
        mvc.perform(post("/plans").with(csrf()).param("framework", "EAS").param("titleEn", title)
                        .param("fromYear", "2047").param("toYear", "2049").param("outline", "1. Area\n1.1 Line\n7.1 Stray line"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Action line 7.1 lies outside the plan&#39;s areas: there is no area 7.")));
        assertThat(plans.plans()).noneMatch(p -> p.title().en().equals(title));
    }

    @Test
    void theNewPlanFormSpeaksVietnamese() throws Exception {
        mvc.perform(get("/plans/new").param("lang", "vi")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch mới")))
                .andExpect(content().string(containsString("Lĩnh vực và dòng hành động")));
    }

    @Test
    void editsAPlanThroughItsOutlineWithTheVersionEdited() throws Exception {
        PlanSummary plan = plan();

        String form = mvc.perform(get("/plans/{id}/edit", plan.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("1. Maritime cooperation | Hợp t&aacute;c biển\n1.1 Marine debris\n1.2 Search and rescue\n2. Connectivity\n2.1 Power grid").contains("name=\"version\" value=\"0\"");

        mvc.perform(post("/plans/{id}", plan.id()).with(csrf()).param("framework", "EAS").param("titleEn", plan.title().en())
                        .param("fromYear", "2047").param("toYear", "2049").param("version", "0")
                        .param("outline", "1. Maritime cooperation\n1.1 Marine debris\n1.2 Search and rescue\n2. Connectivity\n2.1 Power grid\n2.2 Roads"))
                .andExpect(status().is3xxRedirection());

        PlanDetails revised = plans.get(plan.id());
        assertThat(revised.plan().version()).isEqualTo(1);
        assertThat(revised.actionLines()).extracting(ActionLine::code).containsExactly("1.1", "1.2", "2.1", "2.2");
    }

    @Test
    void aStaleSaveIsRefusedAsAConflictShowingWhatChangedAndKeepsTheOtherEdit() throws Exception {
        PlanSummary plan = plan();
        String theirs = "Their title " + UUID.randomUUID();
        plans.revise(plan.id(), new RecordPlan(LocalizedText.english(theirs), FrameworkCode.of("EAS"), 2047, 2049, null,
                plans.get(plan.id()).areas(), plans.get(plan.id()).actionLines()), 0L);

        String html = mvc.perform(post("/plans/{id}", plan.id()).with(csrf()).param("framework", "EAS").param("titleEn", "My title")
                        .param("fromYear", "2047").param("toYear", "2049").param("version", "0").param("outline", OUTLINE))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Someone else saved this plan after you opened it.").contains(theirs)
                .contains("value=\"My title\"").contains("name=\"version\" value=\"1\"");
        assertThat(plans.get(plan.id()).plan().title().en()).isEqualTo(theirs);
    }

    @Test
    void recordsAMeetingsReviewFromThePlanPageAndRefusesOneWithoutAMeeting() throws Exception {
        PlanSummary plan = plan();
        MeetingSummary som = easSom();

        String page = mvc.perform(get("/plans/{id}", plan.id())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"review-form\"").contains("value=\"" + som.id() + "\"").contains("id=\"edit-plan\"");

        mvc.perform(post("/plans/{id}/reviews", plan.id()).with(csrf()).param("noteEn", "Took note of progress"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose the meeting that reviewed the plan.")))
                .andExpect(content().string(containsString("Took note of progress")));
        mvc.perform(post("/plans/{id}/reviews", plan.id()).with(csrf()).param("meeting", som.id().toString()).param("noteEn", "Took note"))
                .andExpect(status().is3xxRedirection());

        assertThat(plans.get(plan.id()).reviews()).singleElement().satisfies(r -> {
            assertThat(r.meeting().id()).isEqualTo(som.id());
            assertThat(r.note().en()).isEqualTo("Took note");
        });
    }

    @Test
    void recordsAPartnersProposalFromTheAreaPageAndRefusesAYearOutsideThePeriod() throws Exception {
        PlanSummary plan = plan();

        mvc.perform(get("/plans/{id}/areas/1", plan.id())).andExpect(content().string(containsString("id=\"proposal-form\"")));
        mvc.perform(post("/plans/{id}/areas/1/proposals", plan.id()).with(csrf()).param("party", "JPN").param("year", "2052")
                        .param("titleEn", "Coast guard training"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("2052 lies outside the plan&#39;s period 2047–2049.")))
                .andExpect(content().string(containsString("Coast guard training")));
        mvc.perform(post("/plans/{id}/areas/1/proposals", plan.id()).with(csrf()).param("party", "JPN").param("year", "2048")
                        .param("titleEn", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say what is proposed.")));
        mvc.perform(post("/plans/{id}/areas/1/proposals", plan.id()).with(csrf()).param("party", "JPN").param("year", "2048")
                        .param("titleEn", "Coast guard training"))
                .andExpect(status().is3xxRedirection());

        assertThat(plans.get(plan.id()).proposals()).singleElement().satisfies(p -> assertThat(p.year()).isEqualTo(2048));
    }

    @Test
    void aPartnerOfficerGetsNoPlanFormAndIsRefusedOnSavingButProposesForItsOwnPartner() throws Exception {
        PlanSummary plan = plan();
        RequestPostProcessor japan = as("jpn", "PARTNER_OFFICER:JPN");

        mvc.perform(get("/plans").with(japan)).andExpect(content().string(not(containsString("id=\"new-plan\""))));
        mvc.perform(get("/plans").with(as("asec", "ASEAN_SECRETARIAT"))).andExpect(content().string(containsString("id=\"new-plan\"")));
        mvc.perform(get("/plans/{id}", plan.id()).with(japan)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("review-form"))))
                .andExpect(content().string(not(containsString("edit-plan"))));
        mvc.perform(get("/plans/new").with(japan)).andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}/edit", plan.id()).with(japan)).andExpect(status().isForbidden());
        mvc.perform(post("/plans").with(japan).with(csrf()).param("framework", "EAS").param("titleEn", "Japan's plan")
                .param("fromYear", "2047").param("toYear", "2049").param("outline", "1. Area")).andExpect(status().isForbidden());
        mvc.perform(post("/plans").with(japan).with(csrf()).param("outline", "not readable")).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}", plan.id()).with(japan).with(csrf()).param("framework", "EAS").param("titleEn", "Taken over")
                .param("fromYear", "2047").param("toYear", "2049").param("version", "0").param("outline", OUTLINE)).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/reviews", plan.id()).with(japan).with(csrf()).param("meeting", easSom().id().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/areas/1/proposals", plan.id()).with(as("vnm", "DELEGATION_OFFICER:VNM")).with(csrf())
                .param("party", "JPN").param("year", "2048").param("titleEn", "Not Viet Nam's to make")).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/areas/1/proposals", plan.id()).with(japan).with(csrf())
                .param("party", "JPN").param("year", "2048").param("titleEn", "Japan's own")).andExpect(status().is3xxRedirection());

        PlanDetails unchanged = plans.get(plan.id());
        assertThat(unchanged.plan().title().en()).isEqualTo(plan.title().en());
        assertThat(unchanged.reviews()).isEmpty();
        assertThat(unchanged.proposals()).singleElement().satisfies(p -> assertThat(p.title().en()).isEqualTo("Japan's own"));
    }

    @Test
    void theReportFormIsOfferedOnlyToWhoMayReportAndNamesOnlyTheirOwnParty() throws Exception {
        PlanSummary plan = plan();
        RequestPostProcessor chair2024 = as("lao2024", "CHAIR_SECRETARIAT:2024");

        mvc.perform(get("/plans/{id}", plan.id()).with(chair2024)).andExpect(content().string(not(containsString("/reports/new"))));
        mvc.perform(get("/plans/{id}/reports/new", plan.id()).with(chair2024)).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/reports", plan.id()).with(chair2024).with(csrf()).param("year", "soon")).andExpect(status().isForbidden());
        String form = mvc.perform(get("/plans/{id}/reports/new", plan.id()).with(as("vnm", "DELEGATION_OFFICER:VNM")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("value=\"VNM\"").doesNotContain("value=\"JPN\"");
        assertThat(plans.reports(plan.id())).isEmpty();
    }

    private PlanSummary plan() {
        return plans.record(new RecordPlan(LocalizedText.english("Form plan " + UUID.randomUUID()), FrameworkCode.of("EAS"), 2047, 2049, null,
                List.of(new PlanArea(1, LocalizedText.of("Maritime cooperation", "Hợp tác biển")), new PlanArea(2, LocalizedText.english("Connectivity"))),
                List.of(ActionLine.of("1.1", LocalizedText.english("Marine debris")), ActionLine.of("1.2", LocalizedText.english("Search and rescue")),
                        ActionLine.of("2.1", LocalizedText.english("Power grid")))));
    }

    private PlanSummary byTitle(String title) {
        return plans.plans().stream().filter(p -> p.title().en().equals(title)).findFirst().orElseThrow();
    }

    private MeetingSummary easSom() {
        return actor.asSystem("plan-forms-tests", () -> calendar.schedule(new MeetingPlan(new SeriesCode("EAS SOM"), null, null, null,
                new MeetingDates(LocalDate.of(2048, 3, 1).plusDays(DAY.incrementAndGet()), null), null, MeetingFormat.ONLINE, null, null, null,
                null, null, null, Set.of())));
    }

    private static RequestPostProcessor as(String username, String authority) {
        return SecurityMockMvcRequestPostProcessors.user(username).authorities(AuthorityUtils.createAuthorityList(authority));
    }
}
