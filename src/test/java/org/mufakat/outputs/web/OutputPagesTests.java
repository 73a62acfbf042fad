package org.mufakat.outputs.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.outputs.PressReleaseDesk;
import org.mufakat.outputs.PressReleaseStatus;
import org.mufakat.outputs.PressReleaseText;
import org.mufakat.outputs.PressReleaseView;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outcome list downloads and the press release pages, read as HTML and files; meetings of its own in October 2024. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class OutputPagesTests {

    private static final AtomicInteger DAY = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    PressReleaseDesk desk;
    @Autowired
    CurrentActor actor;

    @Test
    void theOutcomeListDownloadsAsCsvWordAndPdfNamedByTheMeetingsDate() throws Exception {
        MeetingId som = newSom();

        MockHttpServletResponse csv = mvc.perform(get("/meetings/{id}/outcomes.csv", som).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"outcomes-2024-10-")))
                .andReturn().getResponse();
        byte[] bytes = csv.getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(CSVFormat.RFC4180.parse(new StringReader(text)).getRecords()).singleElement()
                .satisfies(header -> assertThat(header.get(0)).isEqualTo("Symbol"));

        byte[] word = mvc.perform(get("/meetings/{id}/outcomes.docx", som).param("lang", "vi")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var read = new XWPFDocument(new ByteArrayInputStream(word))) {
            assertThat(read.getParagraphs()).extracting(p -> p.getText())
                    .contains("Văn kiện kết quả", "Hội nghị Quan chức cao cấp ASEAN");
        }
        byte[] pdf = mvc.perform(get("/meetings/{id}/outcomes.pdf", som)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (var read = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(read)).contains("Outcome documents", "Vientiane, Laos");
        }
    }

    @Test
    void theOutcomeListPageSaysNoDocumentsAreRecordedAndAnUnknownMeetingIsNotFound() throws Exception {
        MeetingId som = newSom();

        mvc.perform(get("/meetings/{id}/outcomes", som).with(anonymous())).andExpect(status().isOk())
                .andExpect(content().string(containsString("No outcome documents are recorded for this meeting yet.")))
                .andExpect(content().string(containsString("/outcomes.csv")));
        mvc.perform(get("/meetings/{id}/outcomes.csv", MeetingId.random())).andExpect(status().isNotFound());
    }

    @Test
    void aDrafterOpensAFormAssembledFromTheRecordAndSavesItAsTheDraft() throws Exception {
        MeetingId som = newSom();

        mvc.perform(get("/meetings/{id}/press-release", som).with(user("lao2024").authorities(() -> "CHAIR_SECRETARIAT:2024")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chair&#39;s Press Release of the ASEAN Senior Officials&#39; Meeting")))
                .andExpect(content().string(containsString("id=\"not-stored\"")));

        mvc.perform(post("/meetings/{id}/press-release", som).with(csrf()).with(user("lao2024").authorities(() -> "CHAIR_SECRETARIAT:2024"))
                        .param("titleEn", "Chair's Press Release").param("titleVi", "Thông cáo báo chí của Chủ tịch")
                        .param("bodyEn", "1. The Meeting met.\r\n2. It agreed.").param("bodyVi", "1. Hội nghị đã họp."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/meetings/" + som + "/press-release"));

        PressReleaseView saved = stored(som).orElseThrow();
        assertThat(saved.text().bodyEn()).isEqualTo("1. The Meeting met.\n2. It agreed.");
        assertThat(saved.draftedBy()).isEqualTo("lao2024");
    }

    @Test
    void aStaleSaveIsAConflictShowingTheOtherChangeAndKeepingWhatWasTyped() throws Exception {
        MeetingId som = newSom();
        PressReleaseView drafted = desk.save(som, text("Drafted."), null);
        desk.save(som, text("Changed by the other editor."), drafted.version());

        mvc.perform(post("/meetings/{id}/press-release", som).with(csrf())
                        .param("titleEn", "Chair's Press Release").param("titleVi", "Thông cáo báo chí của Chủ tịch")
                        .param("bodyEn", "My own typing.").param("bodyVi", "Nội dung của tôi.")
                        .param("version", String.valueOf(drafted.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved this press release after you opened it.")))
                .andExpect(content().string(containsString("Changed by the other editor.")))
                .andExpect(content().string(containsString(">My own typing.</textarea>")))
                .andExpect(content().string(containsString("Save my version over theirs")));
        assertThat(stored(som).orElseThrow().text().bodyEn()).isEqualTo("Changed by the other editor.");
    }

    @Test
    void aDraftWithoutItsVietnameseTitleIsRefusedAtThatField() throws Exception {
        MeetingId som = newSom();

        mvc.perform(post("/meetings/{id}/press-release", som).with(csrf()).param("lang", "vi")
                        .param("titleEn", "Chair's Press Release").param("titleVi", " ")
                        .param("bodyEn", "Text.").param("bodyVi", "Nội dung."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"error-titleVi\"")))
                .andExpect(content().string(containsString("Thông cáo báo chí cần có tiêu đề tiếng Việt.")));
        assertThat(stored(som)).isEmpty();
    }

    @Test
    void anIssuedReleaseIsReadByEverybodyWhileADraftIsNotFoundForAnyoneButItsDrafters() throws Exception {
        MeetingId som = newSom();
        PressReleaseView draft = desk.save(som, text("Ready."), null);

        mvc.perform(get("/meetings/{id}/press-release", som).with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/press-release", som).with(user("jpn").authorities(() -> "PARTNER_OFFICER:JPN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/outputs", som).with(anonymous()))
                .andExpect(content().string(not(containsString("press-release"))));
        mvc.perform(get("/meetings/{id}/outputs", som))
                .andExpect(content().string(containsString("Edit the draft press release")));

        mvc.perform(post("/meetings/{id}/press-release/issue", som).with(csrf()).with(user("jpn").authorities(() -> "PARTNER_OFFICER:JPN"))
                        .param("version", String.valueOf(draft.version())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/press-release/issue", som).with(csrf()).param("version", String.valueOf(draft.version())))
                .andExpect(status().is3xxRedirection());

        assertThat(stored(som).orElseThrow().status()).isEqualTo(PressReleaseStatus.ISSUED);
        mvc.perform(get("/meetings/{id}/press-release", som).with(anonymous())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung: Ready.")))
                .andExpect(content().string(not(containsString("<textarea"))));
        mvc.perform(get("/meetings/{id}/outputs", som).with(anonymous()))
                .andExpect(content().string(containsString("Read the Chair&#39;s press release")));
    }

    /** As stored, read as the system: a request's security filters leave the test thread signed out. */
    private java.util.Optional<PressReleaseView> stored(MeetingId som) {
        return actor.asSystem("output-pages-tests", () -> desk.find(som));
    }

    private static PressReleaseText text(String bodyEn) {
        return new PressReleaseText("Chair's Press Release", "Thông cáo báo chí của Chủ tịch", bodyEn, "Nội dung: " + bodyEn);
    }

    private MeetingId newSom() {
        LocalDate day = LocalDate.of(2024, 10, 1).plusDays(DAY.getAndIncrement() % 28);
        MeetingPlan plan = new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, null), null,
                MeetingFormat.IN_PERSON, LocalizedText.of("Vientiane", "Viêng Chăn"), "LA", null, null, null, null, Set.of());
        return actor.asSystem("output-pages-tests", () -> calendar.schedule(plan)).id();
    }
}
