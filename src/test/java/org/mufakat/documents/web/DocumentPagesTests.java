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
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@AsRecordKeeper
class DocumentPagesTests {

    static final LocalDate DAY = LocalDate.of(2046, 4, 14);

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

    DocumentFixtures fixtures;
    MeetingId som;
    DocumentView document;

    @BeforeEach
    void document() {
        fixtures = new DocumentFixtures(calendar, drafting, decisions, organisation, actor);
        som = fixtures.meeting("SOM", DAY);
        document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));
    }

    @Test
    void anAdReferendumConcurrenceNotConfirmedByItsDayIsMarkedOverdueInTheMatrix() throws Exception {
        var statement = records.list(2024, org.mufakat.organisation.FrameworkCode.of("ASEAN")).stream()
                .filter(d -> d.title().en().equals("ASEAN Leaders' Statement on Digital Transformation")).findFirst().orElseThrow();

        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/documents/{id}", statement.id())).andReturn().getResponse().getContentAsString());

        org.assertj.core.api.Assertions.assertThat(page.select("tr[data-party=KHM] .badge.overdue").text()).isEqualTo("confirmation overdue");
        org.assertj.core.api.Assertions.assertThat(page.select("tr[data-party=KHM]").text()).contains("15 Sep 2024", "ad referendum");
        org.assertj.core.api.Assertions.assertThat(page.select(".badge.overdue")).hasSize(1);
    }

    @Test
    void theDocumentPageShowsTheNumberedTextJourneyAndMatrix() throws Exception {
        mvc.perform(get("/documents/{id}", document.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(document.symbol())))
                .andExpect(content().string(containsString("Task the Ministers to report.")))
                .andExpect(content().string(containsString("p-OP2")))
                .andExpect(content().string(containsString("No consensus yet")))
                .andExpect(content().string(containsString("amendment-form")));
    }

    @Test
    void theEditorSavesANewVersionAndKeepsTheTypedTextOnAConflict() throws Exception {
        mvc.perform(post("/documents/{id}/text", document.id()).with(csrf()).param("baseVersion", "1")
                        .param("text", DocumentFixtures.TEXT + "\n\nFourth.").param("note", "more"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/documents/{id}/text", document.id()).with(csrf()).param("baseVersion", "1")
                        .param("text", DocumentFixtures.TEXT + "\n\nMy own fourth paragraph."))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("My own fourth paragraph.")))
                .andExpect(content().string(containsString("Fourth.")))
                .andExpect(content().string(containsString("name=\"baseVersion\" value=\"2\"")));
    }

    @Test
    void aMalformedTextIsRefusedOnTheEditorWithItsMessage() throws Exception {
        mvc.perform(post("/documents/{id}/text", document.id()).with(csrf()).param("baseVersion", "1").param("text", "A\n\n---\n\nB\n\n---"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Only one")))
                .andExpect(content().string(containsString("B\n\n---")));
    }

    @Test
    void theComparisonMarksInsertedAndDeletedWords() throws Exception {
        drafting.save(new org.mufakat.documents.SaveText(document.id(), 1, DocumentFixtures.TEXT.replace("enhance", "strengthen"), null));

        mvc.perform(get("/documents/{id}/compare", document.id()).param("from", "1").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<del>enhance</del>")))
                .andExpect(content().string(containsString("<ins>strengthen</ins>")));
    }

    @Test
    void listFormVersionAndPanelRender() throws Exception {
        mvc.perform(get("/documents").param("year", "2046")).andExpect(status().isOk())
                .andExpect(content().string(containsString(document.symbol())));
        mvc.perform(get("/documents/new").param("year", "2046")).andExpect(status().isOk());
        mvc.perform(get("/documents/{id}/edit", document.id())).andExpect(status().isOk());
        mvc.perform(get("/documents/{id}/versions/1", document.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/documents/" + document.id() + "/versions/1.docx")))
                .andExpect(content().string(containsString("/documents/" + document.id() + "/versions/1.pdf")));
        mvc.perform(get("/meetings/{id}/documents", som)).andExpect(status().isOk())
                .andExpect(content().string(containsString(document.symbol())));
    }

    @Test
    void theRegisterFormRegistersOrShowsWhatIsMissing() throws Exception {
        mvc.perform(post("/documents").with(csrf()).param("kind", "").param("framework", "ASEAN").param("titleEn", "")
                        .param("classification", "PUBLIC").param("year", "2046"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose the kind of document")))
                .andExpect(content().string(containsString("A document needs an English title")));

        mvc.perform(post("/documents").with(csrf()).param("kind", "JOINT_STATEMENT").param("framework", "ASEAN")
                        .param("titleEn", "Joint Statement on Connectivity").param("titleVi", "Tuyên bố chung về Kết nối")
                        .param("classification", "PUBLIC").param("path", som.toString()).param("text", "One.\n\nTwo."))
                .andExpect(redirectedUrlPattern("/documents/*"));
    }

    @Test
    void anUnknownDocumentIsNotFound() throws Exception {
        mvc.perform(get("/documents/{id}", java.util.UUID.randomUUID())).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
