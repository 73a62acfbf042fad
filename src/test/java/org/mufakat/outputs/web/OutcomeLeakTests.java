package org.mufakat.outputs.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.documents.Classification;
import org.mufakat.documents.Decision;
import org.mufakat.documents.DocumentDecisions;
import org.mufakat.documents.DocumentDrafting;
import org.mufakat.documents.DocumentKind;
import org.mufakat.documents.DocumentView;
import org.mufakat.documents.RecordDecision;
import org.mufakat.documents.RegisterDocument;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the documents module holds back must not come out through a file: a restricted paper is in no export for the
 * public or a partner, and a text the meeting only deferred is no outcome for anyone. A meeting of its own in June 2024.
 */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class OutcomeLeakTests {

    private static final AtomicInteger DAY = new AtomicInteger();
    private static final RequestPostProcessor JAPAN = user("jpn").authorities(() -> "PARTNER_OFFICER:JPN");
    private static final RequestPostProcessor VIET_NAM = user("vnm").authorities(() -> "DELEGATION_OFFICER:VNM");

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DocumentDrafting drafting;
    @Autowired
    DocumentDecisions decisions;
    @Autowired
    CurrentActor actor;

    MeetingId som;
    DocumentView open;
    DocumentView restricted;
    DocumentView deferred;

    @BeforeEach
    void aMeetingThatNotedAPublicAndARestrictedPaperAndDeferredAThird() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        actor.asSystem("outcome-leak-tests", () -> {
            som = calendar.schedule(new MeetingPlan(new SeriesCode("SOM"), null, null, null,
                    new MeetingDates(LocalDate.of(2024, 6, 3).plusDays(DAY.getAndIncrement() % 25), null), null, MeetingFormat.IN_PERSON,
                    LocalizedText.of("Vientiane", "Viêng Chăn"), "LA", null, null, null, null, Set.of())).id();
            open = register(DocumentKind.REPORT, Classification.PUBLIC, "Open report " + tag, "Báo cáo công khai " + tag);
            restricted = register(DocumentKind.LEADERS_STATEMENT, Classification.RESTRICTED, "Restricted statement " + tag,
                    "Tuyên bố hạn chế " + tag);
            deferred = register(DocumentKind.DECLARATION, Classification.PUBLIC, "Deferred declaration " + tag, "Tuyên bố hoãn " + tag);
            decisions.decide(new RecordDecision(open.id(), som, Decision.NOTED, 1, false, null));
            decisions.decide(new RecordDecision(restricted.id(), som, Decision.NOTED, 1, false, null));
            decisions.decide(new RecordDecision(deferred.id(), som, Decision.DEFERRED, 1, false, null));
        });
    }

    @Test
    void thePublicAndAPartnerFindOnlyThePublicOutcomeInEveryExport() throws Exception {
        for (RequestPostProcessor reader : List.of(anonymous(), JAPAN)) {
            for (String export : List.of(csv(reader), word(reader), pdf(reader), page(reader), json(reader))) {
                assertThat(export).contains("Open report").doesNotContain(restricted.title().en()).doesNotContain(restricted.symbol())
                        .doesNotContain("Tuyên bố hạn chế").doesNotContain(deferred.title().en());
            }
        }
    }

    @Test
    void aMemberSeesTheRestrictedOutcomeButNobodySeesTheDeferredOne() throws Exception {
        assertThat(csv(VIET_NAM)).contains(open.title().en(), restricted.title().en()).doesNotContain(deferred.title().en());
        assertThat(csv(user("asec").authorities(() -> "ASEAN_SECRETARIAT"))).contains(restricted.symbol()).doesNotContain(deferred.symbol());
        assertThat(json(VIET_NAM)).contains(open.symbol(), restricted.symbol()).doesNotContain(deferred.symbol());
    }

    @Test
    void theApiListsEveryDecisionOnlyWhenAskedForAll() throws Exception {
        String all = mvc.perform(get("/api/v1/meetings/{id}/outcomes", som).param("all", "true").with(VIET_NAM)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(all).contains(open.symbol(), restricted.symbol(), deferred.symbol(), "\"DEFERRED\"");
    }

    @Test
    void aRestrictedVersionIsNotFoundForThePublicAndAPartnerAndCarriesItsMarkingForAMember() throws Exception {
        String uri = "/documents/" + restricted.id() + "/versions/1.docx";
        mvc.perform(get(uri).with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get(uri).with(JAPAN)).andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + restricted.id() + "/versions/1.pdf").with(JAPAN)).andExpect(status().isNotFound());

        byte[] bytes = mvc.perform(get(uri).with(VIET_NAM)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var read = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(read.getHeaderList().getFirst().getText()).contains("RESTRICTED");
            List<String> texts = read.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains(restricted.symbol(), restricted.title().en(), restricted.title().vi(),
                    "Recognising the potential of the digital economy;", "1.\tCommit to conclude the negotiations.",
                    "2.\tEncourage cooperation.");
        }
    }

    @Test
    void aPublicVersionPrintsAsPdfForEverybody() throws Exception {
        byte[] bytes = mvc.perform(get("/documents/" + open.id() + "/versions/1.pdf").with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var read = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertThat(text).contains(open.symbol(), open.title().vi(), "PUBLIC", "Report · ASEAN · Version 1",
                    "1. Commit to conclude the negotiations.");
        }
    }

    @Test
    void theDemoSummitListsTheAdoptedVientianeDeclarationWhichTheSomOnlyAgreed() throws Exception {
        String declaration = "Vientiane Declaration on Enhancing Connectivity and Resilience";
        assertThat(csvOf(meetingOn("Summit", LocalDate.of(2024, 10, 8)), anonymous())).contains(declaration + ",").contains("Adopted");
        assertThat(csvOf(meetingOn("SOM", LocalDate.of(2024, 8, 21)), anonymous())).doesNotContain(declaration);
    }

    private DocumentView register(DocumentKind kind, Classification classification, String en, String vi) {
        return drafting.register(new RegisterDocument(kind, FrameworkCode.of("ASEAN"), LocalizedText.of(en, vi), null, classification, false,
                List.of(som), "Recognising the potential of the digital economy;\n\n---\n\nCommit to conclude the negotiations.\n\n"
                + "Encourage cooperation.", null));
    }

    private MeetingId meetingOn(String series, LocalDate day) {
        return calendar.meetings(new MeetingFilter(day, day, null, null, null, null, 0, 50)).meetings().stream()
                .filter(m -> m.series().value().equals(series)).findFirst().orElseThrow().id();
    }

    private String csv(RequestPostProcessor reader) throws Exception {
        return csvOf(som, reader);
    }

    private String csvOf(MeetingId meeting, RequestPostProcessor reader) throws Exception {
        return mvc.perform(get("/meetings/{id}/outcomes.csv", meeting).with(reader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String word(RequestPostProcessor reader) throws Exception {
        byte[] bytes = mvc.perform(get("/meetings/{id}/outcomes.docx", som).with(reader)).andReturn().getResponse().getContentAsByteArray();
        try (var read = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return read.getTables().getFirst().getText();
        }
    }

    private String pdf(RequestPostProcessor reader) throws Exception {
        byte[] bytes = mvc.perform(get("/meetings/{id}/outcomes.pdf", som).with(reader)).andReturn().getResponse().getContentAsByteArray();
        try (var read = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
        }
    }

    private String page(RequestPostProcessor reader) throws Exception {
        return mvc.perform(get("/meetings/{id}/outcomes", som).with(reader)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String json(RequestPostProcessor reader) throws Exception {
        return mvc.perform(get("/api/v1/meetings/{id}/outcomes", som).with(reader)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
