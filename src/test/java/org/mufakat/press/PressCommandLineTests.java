package org.mufakat.press;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The command line, without Spring or a database: what it prints and what it answers. */
class PressCommandLineTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PressCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyItsOwnCommandsAreHandled() {
        assertThat(PressCommandLine.handles(new String[]{"extract", "a.txt"})).isTrue();
        assertThat(PressCommandLine.handles(new String[]{"evaluate", "gold.jsonl"})).isTrue();
        assertThat(PressCommandLine.handles(new String[]{})).isFalse();
        assertThat(PressCommandLine.handles(new String[]{"--server.port=9090"})).isFalse();
    }

    @Test
    void extractPrintsOneJsonObjectPerReportAndLine(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("report.txt");
        Files.writeString(text, "SOM ASEAN\n\nNgày 29/7 đã diễn ra Hội nghị các Quan chức cao cấp (SOM) ASEAN. Thứ trưởng Ngoại giao Nguyễn Quốc Dũng "
                + "dẫn đầu đoàn Việt Nam.");
        Path html = dir.resolve("page.html");
        Files.writeString(html, Reports.resource("amm57-page.html"));
        Run run = run("extract", text.toString(), html.toString(), "--published", "2021-07-30");
        assertThat(run.status()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.path("file").asString()).isEqualTo(text.toString());
        assertThat(first.path("language").asString()).isEqualTo("vi");
        assertThat(first.path("published").asString()).isEqualTo("2021-07-30");
        assertThat(first.path("meetings").get(0).path("type").asString()).isEqualTo("SOM");
        assertThat(first.path("meetings").get(0).path("start").asString()).isEqualTo("2021-07-29");
        assertThat(first.path("heads_of_delegation").get(0).path("name").asString()).isEqualTo("Nguyễn Quốc Dũng");
        assertThat(first.has("chair_country")).isTrue();
        assertThat(first.get("chair_country").isNull()).isTrue();
        assertThat(first.get("document_count").isNull()).isTrue();
        JsonNode span = first.path("meetings").get(0).path("span");
        assertThat(first.path("text").asString().substring(span.get(0).asInt(), span.get(1).asInt())).startsWith("Ngày 29/7");
        assertThat(JSON.readTree(lines[1]).path("meetings").get(0).path("ordinal").asInt()).isEqualTo(57);
    }

    @Test
    void aRefusedReportIsALineWithItsErrorAndTheStatusSaysSo(@TempDir Path dir) throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        Run run = run("extract", empty.toString(), dir.resolve("missing.txt").toString());
        assertThat(run.status()).isEqualTo(1);
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[0]).path("error").path("code").asString()).isEqualTo(ReportRefused.EMPTY);
        assertThat(JSON.readTree(lines[1]).path("error").path("code").asString()).isEqualTo("press.file.unreadable");
        assertThat(run.err()).contains("empty.txt");
    }

    @Test
    void badArgumentsGiveTheUsage() {
        assertThat(run("extract").status()).isEqualTo(2);
        Run badDate = run("extract", "a.txt", "--published", "29/7/2021");
        assertThat(badDate.status()).isEqualTo(2);
        assertThat(badDate.err()).contains("YYYY-MM-DD").contains("usage");
    }

    @Test
    void evaluatePrintsPrecisionRecallAndF1PerField() {
        Path gold = Path.of("..", "shared", "corpus", "seeds-gold.jsonl");
        assumeTrue(Files.exists(gold), "The seed corpus is not at ../shared/corpus: skipped");
        Run run = run("evaluate", gold.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("precision").contains("recall").contains("F1")
                .contains("meetings (series+date+place)").contains("heads_of_delegation (name)").contains("chair_country")
                .contains("document_count").contains("meeting.start").contains("meeting.role");
    }
}
