package org.mufakat.search;

import org.junit.jupiter.api.Test;
import org.mufakat.press.ImportOutcome;
import org.mufakat.press.IncomingReport;
import org.mufakat.press.PressIntake;
import org.mufakat.press.PressReports;
import org.mufakat.press.ReportId;
import org.mufakat.press.ReportReview;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Imported press reports are found, diacritics or not, by those who may review them (a Viet Nam delegation officer),
 * linked to the report's page; the public, a partner's officer and an observer neither find nor count them, through
 * the service, the page and the API. Reading a report again replaces its entry; a rebuild indexes the reports again.
 * Each report carries a made-up word of its own.
 */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class ReportSearchTests {

    private static final Set<String> VIET_NAM = Set.of("DELEGATION_OFFICER:VNM");

    @Autowired
    PressIntake intake;
    @Autowired
    PressReports reports;
    @Autowired
    ReportReview review;
    @Autowired
    SiteSearch search;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aDelegationOfficerFindsAnImportedReportWithoutDiacriticsWithItsSnippetMarked(Scenario scenario) {
        String word = SiteSearchTests.madeUpWord();

        ReportId report = imported(scenario, word);

        SearchResults results = asVietNam(() -> search.search(new SearchQuery("da nang " + word, null, 10), Locale.ENGLISH));
        SearchHit hit = results.hits().getFirst();
        assertThat(hit.kind()).isEqualTo(SearchKind.REPORT);
        assertThat(hit.ref()).isEqualTo(report.toString());
        assertThat(hit.url()).isEqualTo("/reports/" + report);
        assertThat(hit.language()).isEqualTo("vi");
        assertThat(hit.title().text()).isEqualTo(title(word));
        assertThat(hit.snippet().marked()).contains("Đà", "Nẵng", word);
        SearchResults byItsWord = asVietNam(() -> search.search(SearchQuery.of(word), Locale.ENGLISH));
        assertThat(byItsWord.total()).isEqualTo(1);
        assertThat(byItsWord.totalsByKind()).containsExactly(java.util.Map.entry(SearchKind.REPORT, 1));
    }

    @Test
    void thePublicAPartnerAndAnObserverNeitherFindNorCountIt(Scenario scenario) {
        String word = SiteSearchTests.madeUpWord();
        imported(scenario, word);

        for (Set<String> grants : List.of(Set.<String>of(), Set.of("PARTNER_OFFICER:JPN"), Set.of("OBSERVER:TLS"))) {
            SearchResults results = Actors.as("someone", grants, () -> search.search(SearchQuery.of("Da Nang " + word), Locale.ENGLISH));

            assertThat(results.hits()).as(grants.toString()).isEmpty();
            assertThat(results.total()).as(grants.toString()).isZero();
            assertThat(results.totalsByKind()).as(grants.toString()).doesNotContainKey(SearchKind.REPORT);
        }
    }

    @Test
    void thePageAndTheApiShowItOnlyToWhoMayReviewReports(Scenario scenario) throws Exception {
        String word = SiteSearchTests.madeUpWord();
        ReportId report = imported(scenario, word);

        String apiAsVietNam = body(get("/api/v1/search").param("q", word)
                .with(user("vnm").authorities(AuthorityUtils.createAuthorityList("DELEGATION_OFFICER:VNM"))));
        String apiAsJapan = body(get("/api/v1/search").param("q", word)
                .with(user("jpn").authorities(AuthorityUtils.createAuthorityList("PARTNER_OFFICER:JPN"))));
        String apiAsPublic = body(get("/api/v1/search").param("q", word).with(anonymous()));
        String pageAsVietNam = body(get("/search").param("q", word)
                .with(user("vnm").authorities(AuthorityUtils.createAuthorityList("DELEGATION_OFFICER:VNM"))));
        String pageAsJapan = body(get("/search").param("q", word)
                .with(user("jpn").authorities(AuthorityUtils.createAuthorityList("PARTNER_OFFICER:JPN"))));
        String pageAsPublic = body(get("/search").param("q", word).with(anonymous()));

        assertThat(apiAsVietNam).contains("\"total\":1").contains("/reports/" + report).contains(word);
        assertThat(pageAsVietNam).contains("One result").contains("/reports/" + report).contains("<mark>" + word + "</mark>");
        for (String hidden : List.of(apiAsJapan, apiAsPublic)) {
            assertThat(hidden).contains("\"total\":0").doesNotContain(report.toString()).doesNotContain("Luang");
        }
        for (String hidden : List.of(pageAsJapan, pageAsPublic)) {
            assertThat(hidden).contains("No results").doesNotContain(report.toString()).doesNotContain("kinh tế số");
        }
    }

    @Test
    void theKindMenuOffersReportsOnlyToWhoMayFindThem() throws Exception {
        String asVietNam = body(get("/search").with(user("vnm").authorities(AuthorityUtils.createAuthorityList("DELEGATION_OFFICER:VNM"))));
        String asJapan = body(get("/search").with(user("jpn").authorities(AuthorityUtils.createAuthorityList("PARTNER_OFFICER:JPN"))));
        String asPublic = body(get("/search").with(anonymous()));

        assertThat(org.jsoup.Jsoup.parse(asVietNam).select("select[name=kind] option").eachAttr("value"))
                .containsExactly("", "meeting", "person", "document", "report");
        for (String page : List.of(asJapan, asPublic)) {
            assertThat(org.jsoup.Jsoup.parse(page).select("select[name=kind] option").eachAttr("value"))
                    .containsExactly("", "meeting", "person", "document");
        }
    }

    @Test
    void readingAReportAgainReplacesItsEntry(Scenario scenario) {
        String word = SiteSearchTests.madeUpWord();
        ReportId report = imported(scenario, word);
        jdbc.sql("update search_entry set title = 'Outdated', body = 'outdated' where kind = 'report' and ref = ?")
                .param(report.toString()).update();
        assertThat(asVietNam(() -> search.search(SearchQuery.of(word), Locale.ENGLISH).total())).isZero();

        scenario.stimulate(() -> review.readAgain(report, reports.view(report).version()))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> asVietNam(() -> search.search(SearchQuery.of(word), Locale.ENGLISH).hits()),
                        hits -> !hits.isEmpty())
                .andVerify(hits -> assertThat(hits).singleElement().satisfies(hit -> assertThat(hit.title().text()).isEqualTo(title(word))));
        assertThat(jdbc.sql("select count(*) from search_entry where kind = 'report' and ref = ?").param(report.toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rebuildingIndexesTheReports(Scenario scenario) {
        String word = SiteSearchTests.madeUpWord();
        ReportId report = imported(scenario, word);
        jdbc.sql("delete from search_entry where kind = 'report' and ref = ?").param(report.toString()).update();

        Actors.as("admin", Set.of("ADMINISTRATOR"), search::rebuild);

        assertThat(asVietNam(() -> search.search(new SearchQuery(word, SearchKind.REPORT, 10), Locale.ENGLISH).hits()))
                .extracting(SearchHit::ref).containsExactly(report.toString());
        assertThat(search.needsRebuild()).isFalse();
    }

    /** Imports a report of its own and waits until the listener has indexed it. */
    private ReportId imported(Scenario scenario, String word) {
        IncomingReport incoming = IncomingReport.text(text(word), "https://baoquocte.vn/" + word, LocalDate.of(2024, 8, 23));
        AtomicReference<ImportOutcome> outcome = new AtomicReference<>();
        scenario.stimulate(() -> outcome.set(intake.importReport(incoming)))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> asVietNam(() -> search.search(new SearchQuery(word, SearchKind.REPORT, 5), Locale.ENGLISH).total()),
                        total -> total > 0)
                .andVerify(total -> assertThat(total).isEqualTo(1));
        // The reports of this class resemble each other: later ones are stored as near copies, with pages of their own.
        assertThat(outcome.get().result()).isIn(ImportOutcome.Result.IMPORTED, ImportOutcome.Result.NEAR_COPY);
        return outcome.get().report();
    }

    private static String title(String word) {
        return "Hội nghị " + word + " về kinh tế số tại Đà Nẵng";
    }

    private static String text(String word) {
        return title(word) + "\n\n"
                + "Ngày 22/8/2024, tại thành phố Đà Nẵng " + word + ", các quan chức cao cấp ASEAN đã họp bàn về hợp tác kinh tế số "
                + "và thương mại điện tử trong khu vực.\n\n"
                + "Đoàn Việt Nam do Thứ trưởng Ngoại giao dẫn đầu đã tham dự và đóng góp nhiều ý kiến về kết nối hạ tầng số, "
                + "bảo vệ dữ liệu và phát triển nguồn nhân lực.\n\n"
                + "Các nước nhất trí tiếp tục thúc đẩy đàm phán Hiệp định khung về kinh tế số ASEAN, hướng tới ký kết trong năm tới "
                + "tại Luang Prabang, Lào.\n";
    }

    private static <T> T asVietNam(java.util.function.Supplier<T> work) {
        return Actors.as("vnm", VIET_NAM, work);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor anonymous() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous();
    }
}
