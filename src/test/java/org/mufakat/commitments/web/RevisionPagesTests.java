package org.mufakat.commitments.web;

import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.commitments.VietNamDelegations;
import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.InitiativeOccasion;
import org.mufakat.commitments.InitiativeRegister;
import org.mufakat.commitments.InitiativeStatus;
import org.mufakat.commitments.InitiativeView;
import org.mufakat.commitments.InterventionRegister;
import org.mufakat.commitments.InterventionView;
import org.mufakat.commitments.PlanArea;
import org.mufakat.commitments.PlanRegister;
import org.mufakat.commitments.PlanSummary;
import org.mufakat.commitments.ProposeInitiative;
import org.mufakat.commitments.RecordIntervention;
import org.mufakat.commitments.RecordPlan;
import org.mufakat.commitments.ReportImplementation;
import org.mufakat.commitments.ReportStatus;
import org.mufakat.commitments.ReportView;
import org.mufakat.commitments.ReviseIntervention;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDirectory;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The correction forms of statements, initiatives and implementation reports; meetings of 2048, plans 2051-2053. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class RevisionPagesTests {

    private static final AtomicInteger DAY = new AtomicInteger();
    private static final RequestPostProcessor THAILAND = as("tha", "DELEGATION_OFFICER:THA");
    private static final RequestPostProcessor VIET_NAM = as("vnm", "DELEGATION_OFFICER:VNM");

    @Autowired
    MockMvc mvc;
    @Autowired
    InterventionRegister interventions;
    @Autowired
    InitiativeRegister initiatives;
    @Autowired
    PlanRegister plans;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DelegationRegister delegations;
    @Autowired
    PersonDirectory people;
    @Autowired
    CurrentActor actor;

    @Test
    void theRecordFormOffersTheDelegationHeadFirstAndNotNamed() throws Exception {
        VietNamDelegations.AtSom d = delegation();

        String form = page(get("/meetings/{id}/interventions/new", d.meeting().id()).with(VIET_NAM));
        assertThat(form).contains("name=\"speaker\"").contains("value=\"NONE\"");
        assertThat(form.indexOf(d.head().name())).isPositive().isLessThan(form.indexOf(d.member().name()));
        mvc.perform(post("/meetings/{id}/interventions", d.meeting().id()).with(VIET_NAM).with(csrf()).param("party", "VNM")
                .param("speaker", d.member().id().toString()).param("points[0].textEn", "Said by the member")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/{id}/interventions", d.meeting().id()).with(VIET_NAM).with(csrf()).param("party", "VNM")
                .param("speaker", "NONE").param("points[0].textEn", "Said by nobody named")).andExpect(status().is3xxRedirection());

        assertThat(interventions.atMeeting(d.meeting().id())).extracting(InterventionView::person).containsExactlyInAnyOrder(d.member().id(), null);
    }

    @Test
    void correctsAStatementFromTheCountryPanelAndShowsTheChange() throws Exception {
        VietNamDelegations.AtSom d = delegation();
        InterventionView recorded = interventions.record(new RecordIntervention(d.meeting().id(), PartyCode.of("VNM"), null, List.of(point("As first recorded"))));

        assertThat(page(get("/countries/VNM/interventions").with(VIET_NAM))).contains("/interventions/" + recorded.id() + "/edit");
        String form = page(get("/interventions/{id}/edit", recorded.id()).with(VIET_NAM));
        assertThat(form).contains("As first recorded").contains("name=\"version\"").contains(d.member().name());

        mvc.perform(post("/interventions/{id}", recorded.id()).with(VIET_NAM).with(csrf()).param("version", "0")
                        .param("speaker", d.member().id().toString()).param("points[0].textEn", "As corrected")
                        .param("points[0].textVi", "Như đã sửa"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/meetings/" + d.meeting().id() + "#interventions-panel"));

        mvc.perform(get("/countries/VNM/interventions")).andExpect(content().string(containsString("As corrected")))
                .andExpect(content().string(containsString(d.member().name())))
                .andExpect(content().string(not(containsString("As first recorded"))));
    }

    @Test
    void refusesABadCorrectionKeepingWhatWasTypedAndShowsAConflictOnAStaleVersion() throws Exception {
        VietNamDelegations.AtSom d = delegation();
        InterventionView recorded = interventions.record(new RecordIntervention(d.meeting().id(), PartyCode.of("VNM"), null, List.of(point("Kept"))));

        mvc.perform(post("/interventions/{id}", recorded.id()).with(csrf()).param("version", "0").param("speaker", "not-a-person")
                        .param("points[0].textEn", "Typed but not saved").param("points[0].areas", "not-an-area"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose the speaker from the list.")))
                .andExpect(content().string(containsString("A tag is not one of the offered choices.")))
                .andExpect(content().string(containsString("Typed but not saved")));
        assertThat(interventions.find(recorded.id()).orElseThrow().points()).extracting(p -> p.text().en()).containsExactly("Kept");

        // Another editor saves first (the requests above left no signed-in user behind).
        actor.asSystem("revision-pages-tests", () -> interventions.revise(recorded.id(),
                new ReviseIntervention(d.head().id(), List.of(point("Someone else's"))), recorded.version()));
        mvc.perform(post("/interventions/{id}", recorded.id()).with(csrf()).param("version", "0").param("speaker", "NONE")
                        .param("points[0].textEn", "Mine"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("Someone else&#39;s"))).andExpect(content().string(containsString("Mine")));
        assertThat(interventions.find(recorded.id()).orElseThrow().points()).extracting(p -> p.text().en()).containsExactly("Someone else's");
    }

    @Test
    void onlyThePartysOfficersAndRecordKeepersCorrectAStatement() throws Exception {
        VietNamDelegations.AtSom d = delegation();
        InterventionView recorded = interventions.record(new RecordIntervention(d.meeting().id(), PartyCode.of("VNM"), null, List.of(point("Viet Nam's"))));

        assertThat(page(get("/meetings/{id}/interventions", d.meeting().id()).with(THAILAND))).doesNotContain("/edit");
        mvc.perform(get("/interventions/{id}/edit", recorded.id()).with(THAILAND)).andExpect(status().isForbidden());
        mvc.perform(post("/interventions/{id}", recorded.id()).with(THAILAND).with(csrf()).param("version", "0")
                .param("points[0].textEn", "")).andExpect(status().isForbidden());
        mvc.perform(get("/interventions/{id}/edit", UUID.randomUUID())).andExpect(status().isNotFound());
        assertThat(interventions.find(recorded.id()).orElseThrow().version()).isZero();
    }

    @Test
    void correctsAnInitiativeFromItsPage() throws Exception {
        InitiativeView proposed = initiative();

        assertThat(page(get("/initiatives/{id}", proposed.id()).with(VIET_NAM))).contains("/initiatives/" + proposed.id() + "/edit");
        assertThat(page(get("/initiatives/{id}/edit", proposed.id()).with(VIET_NAM))).contains(proposed.title().en()).doesNotContain("raised.on");
        mvc.perform(post("/initiatives/{id}", proposed.id()).with(VIET_NAM).with(csrf()).param("version", "0")
                        .param("titleEn", "Corrected title").param("titleVi", "Tên đã sửa").param("descriptionEn", "Corrected description")
                        .param("proposer", "VNM").param("year", "2032"))
                .andExpect(redirectedUrl("/initiatives/" + proposed.id()));

        mvc.perform(get("/initiatives/{id}", proposed.id()).param("lang", "vi")).andExpect(content().string(containsString("Tên đã sửa")));
        assertThat(initiatives.get(proposed.id()).description().en()).isEqualTo("Corrected description");
    }

    @Test
    void refusesABadInitiativeCorrectionKeepingWhatWasTypedOrFromAnotherMember() throws Exception {
        InitiativeView proposed = initiative();

        mvc.perform(post("/initiatives/{id}", proposed.id()).with(csrf()).param("version", "0").param("titleEn", "Typed title")
                        .param("proposer", "VNM").param("year", "20x2"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Give the year as four digits.")))
                .andExpect(content().string(containsString("Typed title")));
        mvc.perform(post("/initiatives/{id}", proposed.id()).with(csrf()).param("version", "0").param("titleEn", "Typed title")
                        .param("proposer", "VNM").param("year", "2033"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("cannot have been proposed later")));
        assertThat(page(get("/initiatives/{id}", proposed.id()).with(THAILAND))).doesNotContain("id=\"edit-initiative\"");
        mvc.perform(get("/initiatives/{id}/edit", proposed.id()).with(THAILAND)).andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/{id}", proposed.id()).with(THAILAND).with(csrf()).param("version", "0").param("titleEn", "Thai")
                .param("proposer", "THA").param("year", "2032")).andExpect(status().isForbidden());
        assertThat(initiatives.get(proposed.id()).title()).isEqualTo(proposed.title());
    }

    @Test
    void revisesAnImplementationReportFromTheAreaDrillDown() throws Exception {
        PlanSummary plan = plan();
        ReportView report = plans.report(new ReportImplementation(plan.id(), 2051, PartyCode.of("VNM"), LocalizedText.english("Beach cleanups"),
                Set.of("1.1"), ReportStatus.ONGOING));
        String edit = "/plans/" + plan.id() + "/reports/" + report.id();

        assertThat(page(get("/plans/{id}/areas/1", plan.id()).with(VIET_NAM))).contains(edit + "/edit");
        assertThat(page(get("/plans/{id}/areas/1", plan.id()).with(THAILAND))).doesNotContain(edit + "/edit");
        assertThat(page(get(edit + "/edit").with(VIET_NAM))).contains("Beach cleanups").contains("name=\"version\"");
        mvc.perform(post(edit).with(VIET_NAM).with(csrf()).param("version", "0").param("year", "2051").param("actionLines", "1.1, 9.9")
                        .param("activityEn", "Typed activity").param("status", "COMPLETED"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Typed activity")))
                .andExpect(content().string(containsString("9.9")));
        mvc.perform(post(edit).with(VIET_NAM).with(csrf()).param("version", "0").param("year", "2052").param("actionLines", "1.1")
                        .param("activityEn", "Beach cleanups, finished").param("status", "COMPLETED").param("party", "THA"))
                .andExpect(redirectedUrl("/plans/" + plan.id() + "/areas/1"));

        ReportView revised = plans.findReport(report.id()).orElseThrow();
        assertThat(revised.status()).isEqualTo(ReportStatus.COMPLETED);
        assertThat(revised.year()).isEqualTo(2052);
        assertThat(revised.party()).isEqualTo(PartyCode.of("VNM"));
        mvc.perform(post(edit).with(csrf()).param("version", "0").param("year", "2052").param("actionLines", "1.1")
                        .param("activityEn", "Stale").param("status", "ONGOING"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("id=\"conflict\"")));
        mvc.perform(get(edit + "/edit").with(THAILAND)).andExpect(status().isForbidden());
        mvc.perform(post(edit).with(THAILAND).with(csrf()).param("version", "1").param("year", "2052").param("actionLines", "1.1")
                .param("activityEn", "Thai").param("status", "ONGOING")).andExpect(status().isForbidden());
        PlanSummary otherPlan = actor.asSystem("revision-pages-tests", this::plan);
        mvc.perform(get("/plans/{p}/reports/{id}/edit", otherPlan.id(), report.id())).andExpect(status().isNotFound());
        assertThat(plans.findReport(report.id()).orElseThrow().activity().en()).isEqualTo("Beach cleanups, finished");
    }

    private VietNamDelegations.AtSom delegation() {
        return new VietNamDelegations(calendar, people, delegations, actor).atSom(LocalDate.of(2048, 7, 1).plusDays(DAY.incrementAndGet()));
    }

    private InitiativeView initiative() {
        return initiatives.propose(new ProposeInitiative(LocalizedText.english("Page initiative " + UUID.randomUUID()), null, PartyCode.of("VNM"),
                false, 2032, new InitiativeOccasion(LocalDate.of(2032, 5, 1), InitiativeStatus.PROPOSED, null, LocalizedText.english("A summit"))));
    }

    private PlanSummary plan() {
        return plans.record(new RecordPlan(LocalizedText.english("Revision plan " + UUID.randomUUID()), FrameworkCode.of("ASEAN"), 2051, 2053,
                null, List.of(new PlanArea(1, LocalizedText.english("Marine debris"))), List.of(ActionLine.of("1.1", LocalizedText.english("Cleanups")))));
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static RecordIntervention.Point point(String text) {
        return new RecordIntervention.Point(LocalizedText.english(text), List.of(), List.of(), List.of());
    }

    private static RequestPostProcessor as(String username, String authority) {
        return SecurityMockMvcRequestPostProcessors.user(username).authorities(AuthorityUtils.createAuthorityList(authority));
    }
}
