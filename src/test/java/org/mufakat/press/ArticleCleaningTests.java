package org.mufakat.press;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Cleaning: the article taken out of its page, whatever the site. */
class ArticleCleaningTests {

    private static CleanedReport clean(String text) {
        return Reports.READER.clean(RawReport.text(text));
    }

    @Test
    void theTitleIsTheFirstLineAndAColonJoinsTheNext() {
        CleanedReport report = clean("Hợp tác ASEAN trong năm 2024:\n\nĐộng lực và sức sống mới cho ASEAN\n\nHội nghị hẹp Bộ trưởng Ngoại giao "
                + "ASEAN vừa được khai mạc tại Lào.\n\nĐộng lực và sức sống mới cho ASEAN\n\nCác nước chúc mừng Lào.");
        assertThat(report.title()).isEqualTo("Hợp tác ASEAN trong năm 2024: Động lực và sức sống mới cho ASEAN");
        assertThat(report.body()).doesNotContain("Động lực và sức sống").contains("Các nước chúc mừng Lào.");
        assertThat(report.text()).startsWith(report.title() + "\n\n");
    }

    @Test
    void aDatelineIsThePublicationDateAndTheAgencyIsTakenOffTheLead() {
        CleanedReport report = clean("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57\n\n26/07/2024 17:13\n\nVOV.VN - Ngày 25/7/2024 đã diễn ra Hội nghị.");
        assertThat(report.published()).isEqualTo(LocalDate.of(2024, 7, 26));
        assertThat(report.body()).isEqualTo("Ngày 25/7/2024 đã diễn ra Hội nghị.");
    }

    @Test
    void repeatedCaptionsAreDropped() {
        String lead = "Trọng tâm của các cuộc họp lần này là trao đổi về công tác chuẩn bị cho Hội nghị cấp cao ASEAN lần thứ 44, 45 "
                + "và các Hội nghị cấp cao liên quan";
        CleanedReport report = clean("Tiêu đề\n\n" + lead + " sẽ diễn ra từ ngày 8-11/10/2024 tại Thủ đô Viêng-Chăn của Lào.\n\n" + lead + "\n\n" + lead
                + "\n\nQuang cảnh Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (AMM 57). (Ảnh: TTXVN)\n\nĐoạn cuối của bài.");
        assertThat(report.body().split("\n\n")).hasSize(2);
        assertThat(report.body()).doesNotContain("Ảnh");
    }

    @Test
    void everythingAfterTheEndOfTheArticleIsDropped() {
        String article = "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã diễn ra tại Viêng Chăn, với sự tham dự của các Bộ trưởng, "
                + "Tổng Thư ký ASEAN và nhiều khách mời, thảo luận nhiều vấn đề quan trọng của khu vực và thế giới.";
        for (String tail : new String[]{"Cùng chuyên mục\nTin khác về chiến sự Nga-Ukraine sáng 25/3", "Tin đọc nhiều\nA", "Tin mới nhất\nB",
                "Có thể bạn quan tâm\nC", "Bài viết cùng chủ đề: Bộ trưởng Bộ Ngoại giao Việt Nam\nD",
                "Bạn thấy bài viết này thế nào?\nKém Bình thường ★ ★ Hứa hẹn ★★★ Tốt ★★★★ Rất tốt ★★★★★",
                "Nguồn VietnamNet: https://vietnamnet.vn/bai-viet.html\nZalo", "(Nguồn http://asean.mofa.gov.vn/)\nThông báo\nVideos",
                "Mobile VerionPhiên bản di động", "Cơ quan chủ quản: UBND tỉnh - Điện thoại: 0299.3822339"}) {
            CleanedReport report = clean("Tiêu đề\n\n" + article + "\n\n" + article.replace("57", "56") + "\n\n" + tail);
            assertThat(report.body().split("\n\n")).as(tail).hasSize(2);
        }
    }

    @Test
    void theSourceLineIsKept() {
        CleanedReport report = clean("Tiêu đề\n\nMột đoạn văn đủ dài của bài báo, nói về Hội nghị Bộ trưởng Ngoại giao ASEAN đã diễn ra tại Viêng Chăn "
                + "và các kết quả quan trọng của hội nghị, cùng nhiều nội dung khác nữa của khu vực.\n\nNguồn VietnamNet: https://vietnamnet.vn/x.html\nZalo");
        assertThat(report.source()).isEqualTo("https://vietnamnet.vn/x.html");
    }

    @Test
    void widgetsCountersAndRunTogetherHeadlinesAreDropped() {
        CleanedReport report = clean("Tiêu đề\n\nĐoạn mở đầu của bài báo.\n\nViệt Nam có đầy đủ cơ sở pháp lý, bằng chứng lịch sử để khẳng định "
                + "chủ quyền với Hoàng Sa, Trường Sa Bác bỏ những luận điệu sai sự thật, chia rẽ Việt Nam với cộng đồng quốc tế\n\n"
                + "Facebook Twitter Zalo\n\n• Tất cả: 86671928\n\nĐoạn thứ hai.");
        assertThat(report.body()).isEqualTo("Đoạn mở đầu của bài báo.\n\nĐoạn thứ hai.");
    }

    @Test
    void theTextIsNfcWithOneKindOfSpace() {
        String decomposed = Normalizer.normalize("Hội nghị Cấp cao ASEAN", Normalizer.Form.NFD);
        CleanedReport report = clean(decomposed + "\r\n\r\nĐoàn\u00A0Việt   Nam\u200B tham dự.\t\n");
        assertThat(report.title()).isEqualTo("Hội nghị Cấp cao ASEAN");
        assertThat(Normalizer.isNormalized(report.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(report.body()).isEqualTo("Đoàn Việt Nam tham dự.");
    }

    @Test
    void theLanguageIsGuessed() {
        assertThat(clean("Tiêu đề\n\nĐoàn Việt Nam tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN.").language()).isEqualTo("vi");
        assertThat(clean("Title\n\nThe Vietnamese delegation attended the ASEAN Foreign Ministers' Meeting.").language()).isEqualTo("en");
    }

    @Test
    void anEnglishReportIsCleanedAndRead() {
        Extraction extraction = Reports.READER.read(RawReport.text(Reports.resource("english-report.txt")));
        CleanedReport report = extraction.report();
        assertThat(report.title()).isEqualTo("ASEAN foreign ministers gather in Vientiane");
        assertThat(report.published()).isEqualTo(LocalDate.of(2024, 7, 26));
        assertThat(report.body()).startsWith("The 57th ASEAN").doesNotContain("Photo").doesNotContain("Related").doesNotContain("Facebook");
        assertThat(extraction.meetings()).extracting(m -> m.type() + " " + m.ordinal()).containsExactly("AMM 57", "Summit 44", "Summit 45");
        assertThat(extraction.headsOfDelegation()).extracting(HeadOfDelegationFact::name).containsExactly("Do Hung Viet");
        assertThat(extraction.chairCountry().value()).isEqualTo("Laos");
        assertThat(extraction.documentCount().count()).isEqualTo(80);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252() {
        byte[] latin1 = "Caf\u00e9 meeting\n\nThe ASEAN Foreign Ministers' Meeting took place.".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Reports.READER.clean(new RawReport(latin1, RawReport.MediaType.TEXT, null, null)).title()).isEqualTo("Café meeting");
    }
}
