package org.mufakat.commitments.web;

import org.junit.jupiter.api.Test;
import org.mufakat.commitments.InitiativeOccasion;
import org.mufakat.commitments.InitiativeRegister;
import org.mufakat.commitments.InitiativeStatus;
import org.mufakat.commitments.InitiativeView;
import org.mufakat.commitments.ProposeInitiative;
import org.mufakat.organisation.PartyCode;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The initiatives' page forms: proposing one, recording an occasion (its status follows), a member's support; initiatives of 2047. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class InitiativeFormsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    InitiativeRegister initiatives;

    @Test
    void proposesAnInitiativeWithTheEventWhereItWasFirstRaised() throws Exception {
        String title = "Form initiative " + UUID.randomUUID();

        mvc.perform(post("/initiatives").with(csrf()).param("titleEn", title).param("titleVi", "Sáng kiến mẫu").param("proposer", "VNM")
                        .param("year", "2047").param("raised.on", "2047-02-01").param("raised.status", "PROPOSED")
                        .param("raised.eventEn", "A regional forum"))
                .andExpect(status().is3xxRedirection());

        InitiativeView saved = byTitle(title);
        assertThat(saved.proposer()).isEqualTo(PartyCode.of("VNM"));
        assertThat(saved.status()).isEqualTo(InitiativeStatus.PROPOSED);
        assertThat(saved.occasions()).singleElement().satisfies(o -> assertThat(o.event().en()).isEqualTo("A regional forum"));
    }

    @Test
    void refusesAnInitiativeWithoutTitleProposerOrReadableDateKeepingWhatWasTyped() throws Exception {
        String description = "Described " + UUID.randomUUID();

        String html = mvc.perform(post("/initiatives").with(csrf()).param("descriptionEn", description).param("proposer", "")
                        .param("year", "2047").param("raised.on", "1 Feb").param("raised.status", "PROPOSED").param("raised.eventEn", "Forum"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Write the date as YYYY-MM-DD.").contains("An initiative needs a title.").contains(description);
        mvc.perform(post("/initiatives").with(csrf()).param("titleEn", "Nowhere").param("proposer", "VNM").param("year", "2047")
                        .param("raised.on", "2047-02-01").param("raised.status", "PROPOSED").param("lang", "vi"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Hãy ghi ngày và trạng thái, và chọn hội nghị hoặc ghi tên sự kiện.")));
        assertThat(initiatives.initiatives()).noneMatch(i -> description.equals(i.description() == null ? null : i.description().en()));
    }

    @Test
    void recordsAnOccasionThatMovesTheStatusAndRefusesOneThatWouldTakeItBack() throws Exception {
        InitiativeView initiative = initiative();

        mvc.perform(get("/initiatives/{id}", initiative.id())).andExpect(content().string(containsString("id=\"occasion-form\"")));
        mvc.perform(post("/initiatives/{id}/occasions", initiative.id()).with(csrf()).param("on", "2047-06-01").param("status", "WELCOMED")
                        .param("eventEn", "Ministers' retreat").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(initiatives.get(initiative.id()).status()).isEqualTo(InitiativeStatus.WELCOMED);

        mvc.perform(post("/initiatives/{id}/occasions", initiative.id()).with(csrf()).param("on", "2047-09-01").param("status", "PROPOSED")
                        .param("eventEn", "Later forum").param("version", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("never goes back")))
                .andExpect(content().string(containsString("Later forum")));
        assertThat(initiatives.get(initiative.id()).occasions()).hasSize(2);
    }

    @Test
    void anOccasionRecordedOnAStaleVersionIsAConflictShowingWhatChanged() throws Exception {
        InitiativeView initiative = initiative();
        initiatives.record(initiative.id(), new InitiativeOccasion(LocalDate.of(2047, 5, 1), InitiativeStatus.ENDORSED, null,
                LocalizedText.english("Summit")), 0L);

        mvc.perform(post("/initiatives/{id}/occasions", initiative.id()).with(csrf()).param("on", "2047-06-01").param("status", "WELCOMED")
                        .param("eventEn", "My retreat").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else recorded something on this initiative after you opened it.")))
                .andExpect(content().string(containsString("ENDORSED")))
                .andExpect(content().string(containsString("My retreat")));
        assertThat(initiatives.get(initiative.id()).occasions()).hasSize(2);
    }

    @Test
    void recordsAMembersSupportOnceAndRefusesItTwice() throws Exception {
        InitiativeView initiative = initiative();

        mvc.perform(post("/initiatives/{id}/supporters", initiative.id()).with(csrf()).param("party", "LAO")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/initiatives/{id}/supporters", initiative.id()).with(csrf()).param("party", "LAO"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/initiatives/{id}/supporters", initiative.id()).with(csrf()).param("party", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say which member supports the initiative.")));

        assertThat(initiatives.get(initiative.id()).supporters()).extracting(s -> s.party().value()).containsExactly("LAO");
    }

    @Test
    void whoMayNotRecordTheInitiativeGetsNoFormsAndIsRefused() throws Exception {
        InitiativeView initiative = initiative();
        RequestPostProcessor japan = as("jpn", "PARTNER_OFFICER:JPN");
        RequestPostProcessor chair2024 = as("lao2024", "CHAIR_SECRETARIAT:2024");

        mvc.perform(get("/initiatives").with(japan)).andExpect(content().string(not(containsString("id=\"new-initiative\""))));
        mvc.perform(get("/initiatives/new").with(japan)).andExpect(status().isForbidden());
        mvc.perform(post("/initiatives").with(japan).with(csrf()).param("titleEn", "Japan's").param("proposer", "VNM").param("year", "2047")
                .param("raised.on", "2047-02-01").param("raised.status", "PROPOSED").param("raised.eventEn", "Forum")).andExpect(status().isForbidden());
        mvc.perform(get("/initiatives/{id}", initiative.id()).with(chair2024)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("occasion-form"))))
                .andExpect(content().string(not(containsString("support-form"))));
        mvc.perform(post("/initiatives/{id}/occasions", initiative.id()).with(chair2024).with(csrf()).param("on", "2047-06-01")
                .param("status", "WELCOMED").param("eventEn", "Retreat").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/{id}/occasions", initiative.id()).with(chair2024).with(csrf()).param("on", "nonsense"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/{id}/supporters", initiative.id()).with(chair2024).with(csrf()).param("party", "LAO"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/{id}/occasions", initiative.id()).with(as("vnm", "DELEGATION_OFFICER:VNM")).with(csrf())
                .param("on", "2047-06-01").param("status", "WELCOMED").param("eventEn", "Retreat").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        InitiativeView after = initiatives.get(initiative.id());
        assertThat(after.supporters()).isEmpty();
        assertThat(after.occasions()).hasSize(2);
    }

    private InitiativeView initiative() {
        return initiatives.propose(new ProposeInitiative(LocalizedText.english("Form initiative " + UUID.randomUUID()), null,
                PartyCode.of("VNM"), false, 2047, new InitiativeOccasion(LocalDate.of(2047, 2, 1), InitiativeStatus.PROPOSED, null,
                LocalizedText.english("A forum"))));
    }

    private InitiativeView byTitle(String title) {
        return initiatives.initiatives().stream().filter(i -> i.title().en().equals(title)).findFirst().orElseThrow();
    }

    private static RequestPostProcessor as(String username, String authority) {
        return SecurityMockMvcRequestPostProcessors.user(username).authorities(AuthorityUtils.createAuthorityList(authority));
    }
}
