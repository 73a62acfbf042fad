package org.mufakat.press;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile input gets a clear refusal or a result, never a crash or a hang. The timeouts are hang guards (generous),
 * not speed measurements: the benchmark measures speed.
 */
class HostileInputTests {

    private static final Duration HANG = Duration.ofSeconds(10);

    private static Extraction read(RawReport raw) {
        return assertTimeoutPreemptively(HANG, () -> Reports.READER.read(raw));
    }

    private static void refused(RawReport raw, String code) {
        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(() -> Reports.READER.read(raw))
                .isInstanceOfSatisfying(ReportRefused.class, refused -> assertThat(refused.code()).isEqualTo(code))
                .hasMessageNotContaining("Exception"));
    }

    @Test
    void anEmptyReportIsRefused() {
        refused(RawReport.text(""), ReportRefused.EMPTY);
        refused(RawReport.html(""), ReportRefused.EMPTY);
    }

    @Test
    void onlySpacesOrOnlyMarkupIsNoArticle() {
        refused(RawReport.text(" \n\t\n\u00A0\u200B \r\n"), ReportRefused.NO_ARTICLE);
        refused(RawReport.html("<html><body><div><span></span></div></body></html>"), ReportRefused.NO_ARTICLE);
    }

    @Test
    void binaryDataIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        refused(new RawReport(png, RawReport.MediaType.TEXT, null, null), ReportRefused.BINARY);
        byte[] random = new byte[100_000];
        new Random(7).nextBytes(random);
        refused(new RawReport(random, RawReport.MediaType.HTML, null, null), ReportRefused.BINARY);
    }

    @Test
    void fiftyMegabytesAreRefusedBeforeAnyWork() {
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        refused(new RawReport(huge, RawReport.MediaType.TEXT, null, null), ReportRefused.TOO_LARGE);
    }

    @Test
    void aReportJustUnderTheLimitIsReadInBoundedTime() {
        String paragraph = "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã diễn ra ngày 25/7/2024 tại Viêng Chăn, Lào. ";
        StringBuilder text = new StringBuilder("Tiêu đề\n\n");
        while (text.length() < ReportReader.MAX_BYTES / 3 - paragraph.length() * 2) {
            text.append(paragraph).append(text.length() % 7 == 0 ? "\n\n" : "");
        }
        Extraction extraction = read(RawReport.text(text.toString()));
        assertThat(extraction.meetings()).extracting(MeetingFact::type).containsExactly("AMM");
    }

    @Test
    void deeplyNestedHtmlIsReadInBoundedTime() {
        int depth = 100_000;
        String html = "<div>".repeat(depth) + "<p>Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã diễn ra tại Viêng Chăn, với sự tham dự "
                + "của các Bộ trưởng, Tổng Thư ký ASEAN.</p>" + "</div>".repeat(depth);
        Extraction extraction = read(RawReport.html(html));
        assertThat(extraction.report().text()).contains("lần thứ 57");
        String unclosed = "<b><i><span><a>".repeat(50_000) + "Hội nghị Cấp cao ASEAN lần thứ 44.";
        assertThat(read(RawReport.html(unclosed)).report().text()).isNotNull();
    }

    @Test
    void pathologicalWhitespaceAndPunctuationAreReadInBoundedTime() {
        read(RawReport.text("Tiêu đề\n\n" + " ".repeat(2_000_000) + "x"));
        read(RawReport.text("Tiêu đề\n" + "\n".repeat(1_000_000) + "Hội nghị."));
        read(RawReport.text("Tiêu đề\n\n" + "a ".repeat(1_000_000)));
        read(RawReport.text("Tiêu đề\n\n" + "Hội nghị ".repeat(300_000)));
        read(RawReport.text("Tiêu đề\n\n" + "lần thứ 1, ".repeat(200_000)));
        read(RawReport.text("Tiêu đề\n\n" + "1/2/".repeat(300_000)));
        read(RawReport.text("Tiêu đề\n\n" + "(SOM".repeat(300_000)));
        read(RawReport.text("Tiêu đề\n\n" + ", Thứ trưởng".repeat(300_000) + " dẫn đầu"));
        read(RawReport.text("Tiêu đề\n\n" + "Chủ tịch, ".repeat(300_000)));
        read(RawReport.text("Tiêu đề\n\n" + "ASEAN-".repeat(300_000)));
        read(RawReport.text("Tiêu đề\n\n" + ".".repeat(1_000_000)));
    }

    @Test
    void mixedScriptsAreReadNotRefused() {
        Extraction extraction = read(RawReport.text("ASEAN 会议 회의 اجتماع\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 — 東盟外長會議 — "
                + "Совещание министров — 🇻🇳🇱🇦 đã diễn ra ngày 25/7/2024 tại Viêng Chăn. " + "\u202Eבדיקה\u202C ไทย ລາວ"));
        assertThat(extraction.meetings()).extracting(MeetingFact::ordinal).containsExactly(57);
        assertThat(extraction.report().language()).isIn("vi", "und");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252NotRefused() {
        byte[] bytes = "Title\n\nThe meeting took place in Vientiane.".getBytes(StandardCharsets.UTF_8);
        bytes[3] = (byte) 0xC3;
        bytes[4] = (byte) 0x28;
        assertThat(read(new RawReport(bytes, RawReport.MediaType.TEXT, null, null)).report().text()).contains("Vientiane");
    }
}
