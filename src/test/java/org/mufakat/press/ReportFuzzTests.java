package org.mufakat.press;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzzing the cleaner and the extractor with a seeded generator of mutated reports (Jazzer's JUnit integration loads
 * an instrumenting agent into the whole test JVM and cannot read Java 25 class files, so it is not used): real
 * reports and fragments of the grammar are cut, spliced, repeated, flipped at the byte level and wrapped in
 * random markup. Every input must give a refusal or an extraction whose spans lie inside its text and whose
 * values keep the contract. Deterministic: a failure names the seed and case to replay.
 */
class ReportFuzzTests {

    private static final long SEED = 20_241_008L;
    private static final int CASES = 600;
    private static final String[] FRAGMENTS = {"Hội nghị", "Cấp cao", "Bộ trưởng Ngoại giao", "Quan chức cao cấp", "(SOM)", "ASEAN", "ASEAN+3",
            "Cấp cao Đông Á", "ASEAN-Australia", "lần thứ 44, 45", "lần thứ", "từ ngày 8-11/10/2024", "ngày 29/7", "tháng 11/2018", "tại",
            "Viêng-Chăn", "Luang Prabang (Lào)", "đã diễn ra", "sẽ diễn ra", "chuẩn bị cho", "trực tuyến", "Đoàn Việt Nam do", "dẫn đầu",
            "Thứ trưởng Ngoại giao Đỗ Hùng Việt", ", Trưởng SOM ASEAN Việt Nam,", "Được sự ủy quyền của", "chủ trì", "Chủ tịch", "nước Chủ tịch",
            "khoảng 80 văn kiện", "The 57th", "44th and 45th", "ASEAN Summits", "Foreign Ministers' Meeting", "led by", "chaired",
            "9-11 October 2024", "7 October", "Cùng chuyên mục", "(Ảnh: TTXVN)", "Nguồn VietnamNet:", "Zalo", ".", ",", "\n", "\n\n", "(", ")",
            "-", "/", "<p>", "</p>", "<div>", "<a href=x>", "</a>", "<h1>", "&amp;", "<!--", "<script>", "\u0000", "\uFFFD", "★"};

    @Test
    void mutatedReportsAreRefusedOrReadWithinTheContract() throws Exception {
        List<String> corpus = new ArrayList<>();
        Path seeds = Path.of("..", "shared", "corpus", "seeds");
        if (Files.isDirectory(seeds)) {
            try (var files = Files.list(seeds)) {
                for (Path file : files.sorted().toList()) {
                    corpus.add(Files.readString(file));
                }
            }
        }
        corpus.add(Reports.resource("english-report.txt"));
        corpus.add(Reports.resource("amm57-page.html"));
        Random random = new Random(SEED);
        for (int c = 0; c < CASES; c++) {
            byte[] input = mutate(random, corpus);
            RawReport.MediaType type = random.nextBoolean() ? RawReport.MediaType.TEXT : RawReport.MediaType.HTML;
            String replay = "seed " + SEED + ", case " + c + ", " + type;
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> check(new RawReport(input, type, null, null), replay), replay);
        }
    }

    private static void check(RawReport raw, String replay) {
        Extraction extraction;
        try {
            extraction = Reports.READER.read(raw);
        } catch (ReportRefused refused) {
            assertThat(refused.getMessage()).as(replay).isNotBlank();
            return;
        }
        String text = extraction.report().text();
        assertThat(text).as(replay).doesNotContain("\r").doesNotContain("\u0000");
        assertThat(ExtractionJson.write(extraction)).as(replay).startsWith("{").endsWith("}");
        for (MeetingFact m : extraction.meetings()) {
            inside(m.span(), text, replay);
            m.evidence().forEach(s -> inside(s, text, replay));
            assertThat(m.type()).as(replay).isNotBlank();
            assertThat(m.framework()).as(replay).isIn("ASEAN", "ASEAN+3", "EAS", "ARF", "ASEAN+1");
            if (m.start() != null && m.end() != null) {
                assertThat(m.end()).as(replay).isAfter(m.start());
            }
        }
        for (HeadOfDelegationFact h : extraction.headsOfDelegation()) {
            inside(h.span(), text, replay);
            assertThat(h.name()).as(replay).isNotBlank();
        }
        if (extraction.chairCountry() != null) {
            inside(extraction.chairCountry().span(), text, replay);
        }
        if (extraction.documentCount() != null) {
            inside(extraction.documentCount().span(), text, replay);
        }
    }

    private static void inside(Span span, String text, String replay) {
        assertThat(span.end()).as(replay).isLessThanOrEqualTo(text.length());
    }

    private static byte[] mutate(Random random, List<String> corpus) {
        StringBuilder out = new StringBuilder();
        String base = corpus.get(random.nextInt(corpus.size()));
        int operations = 1 + random.nextInt(6);
        out.append(base, 0, random.nextInt(base.length() + 1));
        for (int i = 0; i < operations; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(' ');
                case 1 -> { // splice a slice of another report
                    String other = corpus.get(random.nextInt(corpus.size()));
                    int from = random.nextInt(other.length());
                    out.append(other, from, Math.min(other.length(), from + random.nextInt(2000)));
                }
                case 2 -> { // repeat a fragment many times
                    String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
                    out.append(fragment.repeat(1 + random.nextInt(3000)));
                }
                case 3 -> { // delete a slice
                    if (!out.isEmpty()) {
                        int from = random.nextInt(out.length());
                        out.delete(from, Math.min(out.length(), from + random.nextInt(500)));
                    }
                }
                case 4 -> { // shuffle lines
                    List<String> lines = new ArrayList<>(List.of(out.toString().split("\n")));
                    java.util.Collections.shuffle(lines, random);
                    out.setLength(0);
                    out.append(String.join("\n", lines));
                }
                default -> out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        int flips = random.nextInt(4) == 0 ? random.nextInt(8) : 0;
        for (int i = 0; i < flips && bytes.length > 0; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
