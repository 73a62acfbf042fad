package org.mufakat.commitments.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mufakat.commitments.IssueRegister;
import org.mufakat.commitments.IssueView;
import org.mufakat.commitments.OpenStandingIssue;
import org.mufakat.commitments.OutcomeReference;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentView;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The standing issue forms: open, revise (with conflicts), reference an outcome; and the links on the timeline. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class IssuePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IssueRegister issues;
    @Autowired
    DocumentRecords documents;
    @Autowired
    org.mufakat.press.PressIntake intake;

    @Test
    void opensAnIssueFromTheFormWithItsPhrasesOnePerLine() throws Exception {
        String code = code();
        mvc.perform(post("/issues").with(csrf()).param("code", code).param("titleEn", "Mekong water security")
                        .param("titleVi", "An ninh nguồn nước Mê Công").param("terms", "Mekong\n  Mê Công \n\nmekong"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/issues/" + code));

        IssueView opened = issues.get(code);
        assertThat(opened.title()).isEqualTo(LocalizedText.of("Mekong water security", "An ninh nguồn nước Mê Công"));
        assertThat(opened.terms().phrases()).containsExactly("Mekong", "Mê Công");
        Document page = page("/issues/" + code);
        assertThat(page.select("#terms q").eachText()).containsExactly("Mekong", "Mê Công");
    }

    @Test
    void refusesABadCodeAndATooShortPhraseAtTheirFieldsAndKeepsWhatWasTyped() throws Exception {
        String body = mvc.perform(post("/issues").with(csrf()).param("code", "Mekong Water!").param("titleEn", "Typed title")
                        .param("terms", "Mekong\nM"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        Document form = Jsoup.parse(body);
        assertThat(form.select("#error-code").text()).contains("lower-case letters");
        assertThat(form.select("#error-terms").text()).contains("2 to 100 characters");
        assertThat(form.select("#titleEn").val()).isEqualTo("Typed title");
        assertThat(issues.issues()).noneMatch(i -> i.title().en().equals("Typed title"));
    }

    @Test
    void aSecondEditorsStaleSaveIsAConflictShowingWhatChangedAndSavesNothing() throws Exception {
        IssueView issue = issues.open(new OpenStandingIssue(code(), LocalizedText.english("Haze"), null));
        Document first = page("/issues/" + issue.code() + "/edit");
        Document second = page("/issues/" + issue.code() + "/edit");

        mvc.perform(post("/issues/" + issue.code()).with(csrf()).param("titleEn", "Transboundary haze").param("terms", "haze")
                        .param("version", first.select("input[name=version]").val()))
                .andExpect(status().is3xxRedirection());
        String body = mvc.perform(post("/issues/" + issue.code()).with(csrf()).param("titleEn", "Haze pollution").param("terms", "smoke")
                        .param("version", second.select("input[name=version]").val()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        Document conflict = Jsoup.parse(body);
        assertThat(conflict.select("#conflict td").eachText()).contains("Haze", "Transboundary haze");
        assertThat(conflict.select("#titleEn").val()).isEqualTo("Haze pollution");
        assertThat(issues.get(issue.code()).title().en()).isEqualTo("Transboundary haze");
        assertThat(issues.get(issue.code()).terms().phrases()).containsExactly("haze");
    }

    @Test
    void referencesAnOutcomeFromTheIssuePageAndLinksTheDocumentWhenItIsRegistered() throws Exception {
        DocumentView declaration = documents.list(2024, FrameworkCode.of("ASEAN")).stream()
                .filter(d -> d.title().en().startsWith("Vientiane Declaration")).findFirst().orElseThrow();
        IssueView issue = issues.open(new OpenStandingIssue(code(), LocalizedText.english("Connectivity"), null));
        Document page = page("/issues/" + issue.code());
        String version = page.select("#reference-outcome input[name=version]").val();

        mvc.perform(post("/issues/" + issue.code() + "/outcomes").with(csrf()).param("on", "2024-10-09")
                        .param("document", declaration.symbol()).param("paragraph", "3").param("textEn", "Connectivity matters")
                        .param("version", version))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/issues/" + issue.code() + "/outcomes").with(csrf()).param("on", "2024-10-10")
                        .param("document", "A statement not registered").param("version", String.valueOf(issues.get(issue.code()).version())))
                .andExpect(status().is3xxRedirection());

        Document timeline = page("/issues/" + issue.code());
        assertThat(timeline.select("#timeline a.document").eachAttr("href")).containsExactly("/documents/" + declaration.id());
        assertThat(timeline.select("#timeline .entry-OUTCOME strong").eachText())
                .containsExactly(declaration.symbol() + ", paragraph 3", "A statement not registered");
    }

    @Test
    void refusesAnOutcomeWithoutDateOrDocumentAndAddsNothing() throws Exception {
        IssueView issue = issues.open(new OpenStandingIssue(code(), LocalizedText.english("Fisheries"), null));

        String body = mvc.perform(post("/issues/" + issue.code() + "/outcomes").with(csrf()).param("on", "10/9/2024")
                        .param("document", " ").param("textEn", "Typed text").param("version", String.valueOf(issue.version())))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        Document form = Jsoup.parse(body);
        assertThat(form.select("#error-on").text()).contains("date");
        assertThat(form.select("#error-document").text()).contains("document");
        assertThat(form.select("#textEn").text()).isEqualTo("Typed text");
        assertThat(issues.get(issue.code()).outcomes()).isEmpty();
    }

    @Test
    void offersTheMeetingsRunningInTheWeeksBeforeAnOutcomesDate() throws Exception {
        Document options = Jsoup.parse(mvc.perform(get("/issues/meeting-choices").param("on", "2024-07-27"))
                .andReturn().getResponse().getContentAsString());

        assertThat(options.select("option").eachText()).anyMatch(t -> t.startsWith("57th ASEAN Foreign Ministers' Meeting"))
                .noneMatch(t -> t.contains("Summit") && t.contains("Oct"));
        assertThat(options.select("option").first().val()).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void thePublicSeesTheTimelineWithoutTheFormsOrTheirLinks() throws Exception {
        Document page = page("/issues/east-sea");
        assertThat(page.select("#reference-outcome, #edit-issue")).isEmpty();
        assertThat(page("/issues").select("#new-issue")).isEmpty();
        assertThat(page.select("#timeline .entry-INTERVENTION")).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "vnm-officer", authorities = "DELEGATION_OFFICER:VNM")
    void aDelegationOfficerMayNotOpenIssues() throws Exception {
        mvc.perform(get("/issues/new")).andExpect(status().isForbidden());
        mvc.perform(post("/issues").with(csrf()).param("code", code()).param("titleEn", "Not theirs")).andExpect(status().isForbidden());
    }

    @Test
    void aReportOnTheTimelineLinksToItsReviewPageOnlyForWhoMayReviewReports() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var report = intake.importReport(new org.mufakat.press.IncomingReport(("Bản tin " + UUID.randomUUID() + "\n\nCác nước bàn về "
                + word + " tại hội nghị.").getBytes(java.nio.charset.StandardCharsets.UTF_8), null, "text/plain", null, LocalDate.of(2036, 7, 1)));
        IssueView issue = issues.open(new OpenStandingIssue(code(), LocalizedText.english("Issue " + word), null,
                new org.mufakat.commitments.IssueTerms(java.util.List.of(word))));

        Document asKeeper = page("/issues/" + issue.code());
        assertThat(asKeeper.select("#timeline .entry-REPORT a.report").eachAttr("href")).containsExactly("/reports/" + report.report());
        Document asPublic = Jsoup.parse(mvc.perform(get("/issues/" + issue.code()).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
                .andReturn().getResponse().getContentAsString());
        assertThat(asPublic.select("#timeline .entry-REPORT").text()).contains("Các nước bàn về " + word + " tại hội nghị.");
        assertThat(asPublic.select("#timeline a[href^=/reports/]")).isEmpty();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static String code() {
        return "pages-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
