package org.mufakat.documents.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.documents.Classification;
import org.mufakat.documents.DocumentDecisions;
import org.mufakat.documents.DocumentDrafting;
import org.mufakat.documents.DocumentFixtures;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentView;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.Organisation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The "Edit the record" form: offered to who holds the pen, revises, keeps what was typed on a refusal or a conflict. */
@SpringBootTest
@AutoConfigureMockMvc
@AsRecordKeeper
class DocumentRecordPagesTests {

    static final LocalDate DAY = LocalDate.of(2048, 9, 8);

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DocumentDrafting drafting;
    @Autowired
    DocumentDecisions decisions;
    @Autowired
    DocumentRecords records;
    @Autowired
    Organisation organisation;
    @Autowired
    CurrentActor actor;

    MeetingId som;
    MeetingId summit;
    DocumentView document;

    @BeforeEach
    void document() {
        DocumentFixtures fixtures = new DocumentFixtures(calendar, drafting, decisions, organisation, actor);
        som = fixtures.meeting("SOM", DAY);
        summit = fixtures.meeting("AMM Retreat", DAY.plusDays(30));
        document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));
    }

    @Test
    void thePenHolderFindsTheLinkAndAFormSayingTheSymbolStays() throws Exception {
        mvc.perform(get("/documents/{id}", document.id()))
                .andExpect(content().string(containsString("/documents/" + document.id() + "/record")));
        mvc.perform(get("/documents/{id}/record", document.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + document.title().en() + "\"")))
                .andExpect(content().string(containsString("make up the symbol " + document.symbol())))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + document.version() + "\"")));
    }

    @Test
    void aPathMeetingYearsLaterIsStillOfferedAndChosen() throws Exception {
        MeetingId later = new DocumentFixtures(calendar, drafting, decisions, organisation, actor).meeting("AMM Retreat", DAY.plusYears(2));
        document = new DocumentFixtures(calendar, drafting, decisions, organisation, actor).document("ASEAN", Classification.RESTRICTED,
                List.of(som, later));

        mvc.perform(get("/documents/{id}/record", document.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + later + "\" selected=\"selected\"")));
    }

    @Test
    void inVietnameseTooTheFormSaysTheSymbolStays() throws Exception {
        mvc.perform(get("/documents/{id}/record", document.id()).param("lang", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sửa hồ sơ của " + document.symbol())))
                .andExpect(content().string(containsString("tạo nên ký hiệu " + document.symbol())));
    }

    @Test
    void savingRevisesTheRecordAndShowsItOnTheDocumentPage() throws Exception {
        mvc.perform(post("/documents/{id}/record", document.id()).with(csrf()).param("version", String.valueOf(document.version()))
                        .param("titleEn", "Declaration on Resilience").param("titleVi", "Tuyên bố về Tự cường").param("lead", "")
                        .param("classification", "PUBLIC").param("path", som.toString(), summit.toString()))
                .andExpect(redirectedUrl("/documents/" + document.id()))
                .andExpect(flash().attribute("notice", "documents.record.revised"));

        mvc.perform(get("/documents/{id}", document.id()))
                .andExpect(content().string(containsString("Declaration on Resilience")))
                .andExpect(content().string(containsString("badge classification-PUBLIC")));
        DocumentView revised = actor.asSystem("test", () -> records.get(document.id()));
        assertThat(revised.path()).containsExactly(som, summit);
        assertThat(revised.classification()).isEqualTo(Classification.PUBLIC);
    }

    @Test
    void aRefusalShowsTheMessageByTheFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/documents/{id}/record", document.id()).with(csrf()).param("version", String.valueOf(document.version()))
                        .param("titleEn", "Typed title kept").param("lead", "").param("classification", "RESTRICTED")
                        .param("path", summit.toString(), som.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"error-path\"")))
                .andExpect(content().string(containsString("The path goes from earlier meetings to later ones.")))
                .andExpect(content().string(containsString("value=\"Typed title kept\"")));
        assertThat(actor.asSystem("test", () -> records.get(document.id())).title()).isEqualTo(document.title());
    }

    @Test
    void aConflictShowsWhatChangedAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/documents/{id}/record", document.id()).with(csrf()).param("version", String.valueOf(document.version()))
                .param("titleEn", "Their title").param("classification", "RESTRICTED").param("path", som.toString()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/documents/{id}/record", document.id()).with(csrf()).param("version", String.valueOf(document.version()))
                        .param("titleEn", "My title").param("classification", "RESTRICTED").param("path", som.toString()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("Their title")))
                .andExpect(content().string(containsString("value=\"My title\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (document.version() + 1) + "\"")));
    }

    @Test
    @WithMockUser(username = "vnm", authorities = "DELEGATION_OFFICER:VNM")
    void aReaderWhoDoesNotHoldThePenSeesNoLinkAndIsRefusedTheForm() throws Exception {
        mvc.perform(get("/documents/{id}", document.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/documents/" + document.id() + "/record"))));
        mvc.perform(get("/documents/{id}/record", document.id())).andExpect(status().isForbidden());
    }
}
