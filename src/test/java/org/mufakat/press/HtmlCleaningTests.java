package org.mufakat.press;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML pages: the article is found by scoring its blocks, not by any site's markup. */
class HtmlCleaningTests {

    private static Extraction read(String resource) {
        return Reports.READER.read(RawReport.html(Reports.resource(resource)));
    }

    @Test
    void aPageWithMetadataNavigationRelatedLinksCaptionsAndFooter() {
        Extraction extraction = read("amm57-page.html");
        CleanedReport report = extraction.report();
        assertThat(report.title()).isEqualTo("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57");
        assertThat(report.published()).isEqualTo(LocalDate.of(2024, 7, 26));
        assertThat(report.source()).isEqualTo("https://example.vn/hoi-nghi-amm-57.html");
        assertThat(report.body()).startsWith("Ngày 25/7/2024").contains("Biển Đông")
                .doesNotContain("Trang chủ").doesNotContain("Ảnh").doesNotContain("Tin liên quan").doesNotContain("Zalo")
                .doesNotContain("Đọc nhiều").doesNotContain("Cơ quan chủ quản").doesNotContain("not text");
        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("AMM");
            assertThat(m.ordinal()).isEqualTo(57);
            assertThat(m.city()).isEqualTo("Vientiane");
        });
        assertThat(extraction.headsOfDelegation()).extracting(HeadOfDelegationFact::name).containsExactly("Đỗ Hùng Việt");
    }

    @Test
    void aPageOfTablesAndDivsWithoutClassNames() {
        Extraction extraction = read("amm57-bare-page.html");
        CleanedReport report = extraction.report();
        assertThat(report.title()).isEqualTo("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57");
        assertThat(report.body()).startsWith("Ngày 25/7/2024").contains("UNCLOS 1982")
                .doesNotContain("Trang chủ").doesNotContain("Labuan Bajo").doesNotContain("Bản quyền");
        assertThat(extraction.meetings()).extracting(MeetingFact::type).containsExactly("AMM");
        assertThat(extraction.chairCountry().value()).isEqualTo("Laos");
    }

    @Test
    void theSameArticleAsTextAndAsHtmlHasOneFingerprint() {
        CleanedReport html = read("amm57-bare-page.html").report();
        CleanedReport text = Reports.READER.clean(RawReport.text(html.text()));
        assertThat(text.fingerprint().sameArticleAs(html.fingerprint())).isTrue();
    }
}
