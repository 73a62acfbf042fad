package org.mufakat.press.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.mufakat.press.FactView;
import org.mufakat.press.ImportOutcome;
import org.mufakat.press.IncomingReport;
import org.mufakat.press.PressIntake;
import org.mufakat.press.PressReports;
import org.mufakat.press.ReportId;
import org.mufakat.press.ReportView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import and review pages, and the size limit of POST /api/v1/articles. Years of their own: 1996-1999. */
class ReportPagesTests extends ApiTestSupport {

    @Autowired
    PressIntake intake;
    @Autowired
    PressReports reports;
    @Autowired
    org.mufakat.access.CurrentActor actor;

    @Test
    void pastedTextOpensItsReviewPageWithTheFactsMarkedInTheEscapedText() throws Exception {
        String text = report(1996, "Hue", "<script>alert('x')</script> and more");

        MockHttpServletResponse posted = mvc.perform(MockMvcRequestBuilders.post("/reports").with(csrf())
                .param("text", text).param("source", "https://example.org/a").param("published", "1996-03-16")).andReturn().getResponse();

        assertThat(posted.getStatus()).isEqualTo(302);
        assertThat(posted.getRedirectedUrl()).matches("/reports/[0-9a-f-]{36}\\?notice=press.imported");
        String page = html(posted.getRedirectedUrl());
        assertThat(page).contains("<mark data-facts=\"0\">On 14-15 March 1996, the ASEAN Senior Officials&#39; Meeting");
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(page).contains("The report was imported and read.");
        assertThat(page).contains("/js/press.js");
        assertThat(html("/reports")).contains("ASEAN senior officials meet in Hue").contains("new");
    }

    @Test
    void textTheReaderRefusesIsShownAgainWithTheReasonAndNothingIsImported() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/reports").with(csrf()).param("text", "")
                .param("source", "https://example.org/empty")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT.value());
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"error-text\"").contains("The report is empty");
    }

    @Test
    void uploadedFilesAreImportedAsAJobWhoseProgressThePagePollsUntilTheSummary() throws Exception {
        byte[] a = report(1997, "Hue", "first").getBytes(StandardCharsets.UTF_8);
        byte[] b = report(1997, "Ha Long", "second").getBytes(StandardCharsets.UTF_8);

        MockHttpServletResponse started = mvc.perform(MockMvcRequestBuilders.multipart("/reports/imports")
                .file(new MockMultipartFile("files", "a.txt", "text/plain", a))
                .file(new MockMultipartFile("files", "b.txt", "text/plain", b))
                .file(new MockMultipartFile("files", "a-again.txt", "text/plain", a))
                .file(new MockMultipartFile("files", "slides.pdf", "application/pdf", new byte[]{1, 2, 3}))
                .with(csrf())).andReturn().getResponse();

        assertThat(started.getStatus()).isEqualTo(302);
        String job = started.getRedirectedUrl();
        assertThat(job).matches("/reports/imports/[0-9a-f-]{36}");
        String progress = "";
        for (int i = 0; i < 120 && !progress.contains("Done:"); i++) {
            progress = mvc.perform(MockMvcRequestBuilders.get(job).header("HX-Request", "true")).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            if (!progress.contains("Done:")) {
                assertThat(progress).contains("hx-trigger=\"every 1s\"");
                Thread.sleep(250);
            }
        }
        assertThat(progress).contains("Done: 4 reports read.").contains("2 imported").contains("1 duplicates").contains("1 refused")
                .contains("Only .txt, .html and .zip files are read").doesNotContain("hx-trigger");
        assertThat(html(job)).contains("<progress").contains("Importing reports");
    }

    @Test
    void aFactIsAcceptedCorrectedOrRejectedFromTheReviewPage() throws Exception {
        ReportId report = imported(1998, "Hue");

        MockHttpServletResponse rejected = mvc.perform(MockMvcRequestBuilders.post("/reports/{id}/facts/1/reject", report).with(csrf())
                .param("version", version(report))).andReturn().getResponse();
        assertThat(rejected.getRedirectedUrl()).isEqualTo("/reports/" + report + "?notice=press.fact.rejectedNotice#fact-1");

        String form = html("/reports/" + report + "/facts/0/correct");
        assertThat(form).contains("value=\"1998-03-14\"").contains("value=\"Hue\"").contains("<option value=\"IN_PERSON\" selected=\"selected\"");

        MockHttpServletResponse invalid = mvc.perform(MockMvcRequestBuilders.post("/reports/{id}/facts/0/correct", report).with(csrf())
                .param("version", version(report)).param("series", "SOM").param("start", "14 March").param("format", "IN_PERSON")
                .param("role", "REPORTED")).andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"error-start\"").contains("YYYY-MM-DD");

        MockHttpServletResponse corrected = mvc.perform(MockMvcRequestBuilders.post("/reports/{id}/facts/0/correct", report).with(csrf())
                .param("version", version(report)).param("series", "SOM").param("start", "1998-03-14").param("end", "1998-03-16")
                .param("city", "Hue").param("country", "Vietnam").param("format", "HYBRID").param("role", "REPORTED").param("meeting", "new"))
                .andReturn().getResponse();
        assertThat(corrected.getRedirectedUrl()).isEqualTo("/reports/" + report + "?notice=press.fact.acceptedNotice#fact-0");
        FactView accepted = view(report).fact(0);
        assertThat(accepted.accepted()).containsEntry("format", "HYBRID").containsEntry("end", "1998-03-16");
        String meeting = "/meetings/" + accepted.records().getFirst().meeting();
        assertThat(html(meeting)).contains("hx-get=\"" + meeting + "/reports\"");
        assertThat(html(meeting + "/reports")).contains("Reports covering this meeting").contains("ASEAN senior officials meet in Hue");

        MockHttpServletResponse accepted2 = mvc.perform(MockMvcRequestBuilders.post("/reports/{id}/facts/2/accept", report).with(csrf())
                .param("version", version(report))).andReturn().getResponse();
        assertThat(accepted2.getStatus()).isEqualTo(302);
        String page = html("/reports/" + report);
        assertThat(page).contains("created the delegation").contains("reviewed");
    }

    @Test
    void aRefusedAcceptanceShowsWhyOnTheReviewPageAndAStaleOneIsAConflict() throws Exception {
        ReportId report = imported(1999, "Hue");
        String loaded = version(report);

        MockHttpServletResponse refused = mvc.perform(MockMvcRequestBuilders.post("/reports/{id}/facts/2/accept", report).with(csrf())
                .param("version", loaded)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Accept the meeting first");

        mvc.perform(MockMvcRequestBuilders.post("/reports/{id}/facts/1/reject", report).with(csrf()).param("version", loaded))
                .andExpect(status().isFound());
        MockHttpServletResponse stale = mvc.perform(MockMvcRequestBuilders.post("/reports/{id}/facts/0/reject", report).with(csrf())
                .param("version", loaded)).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("reviewed this report meanwhile");
    }

    @Test
    void theRawReportIsServedAsADownloadNeverRenderedAsAPage() throws Exception {
        String html = "<html><body><h1>ASEAN senior officials meet in Hue</h1><p>" + report(1996, "Hue", "raw") .replace("\n\n", "</p><p>")
                + "</p><script>alert(1)</script></body></html>";
        ImportOutcome outcome = actor.asSystem("test", () -> intake.importReport(new IncomingReport(html.getBytes(StandardCharsets.UTF_8), "page.html", null, null, null)));

        MockHttpServletResponse raw = mvc.perform(MockMvcRequestBuilders.get("/reports/{id}/raw", outcome.report())).andReturn().getResponse();

        assertThat(raw.getContentType()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        assertThat(raw.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(raw.getContentAsByteArray()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anArticleBodyBeyondTheLimitIsRefusedWithAProblemBeforeItIsRead() throws Exception {
        byte[] body = new byte[ArticleBodyLimit.MAX_BODY + 1];
        java.util.Arrays.fill(body, (byte) 'a');

        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/articles")
                .contentType(MediaType.TEXT_PLAIN).content(body)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("press.report.too-large");
    }

    private ReportId imported(int year, String city) {
        return actor.asSystem("test", () -> intake.importReport(IncomingReport.text(report(year, city, UUID.randomUUID().toString()), null, null)).report());
    }

    /** As the system: a request through MockMvc leaves the test's own user signed out on this thread. */
    private ReportView view(ReportId report) {
        return actor.asSystem("test", () -> reports.view(report));
    }

    private String version(ReportId report) {
        return String.valueOf(view(report).version());
    }

    @Test
    void onlyWhoMayReviewReportsSeesTheReportsLinkInTheHeader() throws Exception {
        assertThat(calendarAs("vnm", "DELEGATION_OFFICER:VNM")).contains("href=\"/reports\"");
        assertThat(calendarAs("jpn", "PARTNER_OFFICER:JPN")).doesNotContain("href=\"/reports\"");
        assertThat(calendarAs("tls", "OBSERVER:TLS")).doesNotContain("href=\"/reports\"");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/calendar").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.anonymous())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("href=\"/reports\"");
    }

    private String calendarAs(String name, String authority) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/calendar").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(name).authorities(() -> authority)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String html(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String report(int year, String city, String extra) {
        return "ASEAN senior officials meet in " + city + "\n\n"
                + "On 14-15 March " + year + ", the ASEAN Senior Officials' Meeting (ASEAN SOM) took place in person in " + city + ", Vietnam.\n\n"
                + "Deputy Minister of Foreign Affairs Tran Van Rho " + Character.toUpperCase(extra.charAt(0) == '<' ? 'q' : 'w') + "ang"
                + ", Head of ASEAN SOM Viet Nam, led the Vietnamese delegation to the meeting.\n\n"
                + "The officials reviewed preparations for the 31st ASEAN Foreign Ministers' Meeting, to be held in Manila, the Philippines, on "
                + "20-21 July " + year + ".\n\n"
                + "They also discussed " + extra + " " + UUID.randomUUID() + " " + UUID.randomUUID() + " and agreed to keep in close contact.";
    }
}
