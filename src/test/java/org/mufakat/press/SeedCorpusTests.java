package org.mufakat.press;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The five seed reports reproduce the hand-annotated gold, field by field: title, language, every meeting (as a
 * multiset of its attributes), every head of delegation (name, title, country), the chair country and the document
 * count. Reads the corpus at ../shared/corpus beside the project; skipped, and says so, where it is absent.
 */
class SeedCorpusTests {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> MEETING_FIELDS = List.of("type", "framework", "ordinal", "start", "end", "city", "country", "format",
            "role", "partner");

    @TestFactory
    Stream<DynamicTest> eachSeedReproducesItsGold() throws IOException {
        Path gold = CORPUS.resolve("seeds-gold.jsonl");
        assumeTrue(Files.exists(gold), "The seed corpus is not at " + CORPUS.toAbsolutePath().normalize() + ": skipped");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(gold)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode expected = JSON.readTree(line);
            String file = expected.path("file").asString();
            tests.add(DynamicTest.dynamicTest(file, () -> {
                byte[] bytes = Files.readAllBytes(CORPUS.resolve("seeds").resolve(file));
                JsonNode actual = JSON.valueToTree(ExtractionJson.of(Reports.READER.read(new RawReport(bytes, RawReport.MediaType.TEXT, null, null))));
                assertThat(text(actual, "title")).as("title").isEqualTo(text(expected, "title"));
                assertThat(text(actual, "language")).as("language").isEqualTo(text(expected, "language"));
                assertThat(meetings(actual)).as("meetings").containsExactlyInAnyOrderElementsOf(meetings(expected));
                assertThat(heads(actual)).as("heads of delegation").containsExactlyInAnyOrderElementsOf(heads(expected));
                assertThat(text(actual, "chair_country")).as("chair_country").isEqualTo(text(expected, "chair_country"));
                assertThat(text(actual, "document_count")).as("document_count").isEqualTo(text(expected, "document_count"));
                for (JsonNode meeting : actual.path("meetings")) {
                    List<Integer> span = List.of(meeting.path("span").get(0).asInt(), meeting.path("span").get(1).asInt());
                    assertThat(text(actual, "text").substring(span.get(0), span.get(1))).as("the span of a meeting is a sentence naming it")
                            .isNotBlank();
                }
            }));
        }
        return tests.stream();
    }

    private static List<String> meetings(JsonNode report) {
        List<String> meetings = new ArrayList<>();
        for (JsonNode m : report.path("meetings")) {
            StringBuilder key = new StringBuilder();
            for (String field : MEETING_FIELDS) {
                key.append(field).append('=').append(text(m, field)).append(' ');
            }
            meetings.add(key.toString().strip());
        }
        return meetings;
    }

    private static List<String> heads(JsonNode report) {
        List<String> heads = new ArrayList<>();
        for (JsonNode h : report.path("heads_of_delegation")) {
            heads.add(text(h, "name") + " | " + text(h, "title") + " | " + text(h, "country"));
        }
        return heads;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : Objects.toString(value.asString());
    }
}
