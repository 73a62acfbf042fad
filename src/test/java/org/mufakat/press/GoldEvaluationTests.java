package org.mufakat.press;

import org.junit.jupiter.api.Test;
import org.mufakat.press.evaluation.GoldEvaluation;
import org.mufakat.press.evaluation.Score;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GoldEvaluationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DEV = Path.of("src", "test", "resources", "org", "mufakat", "press", "dev");

    @Test
    void countsMatchesMissesAndExtrasPerField() {
        GoldEvaluation evaluation = new GoldEvaluation(Reports.READER);
        String gold = """
                {"meetings":[{"type":"SOM","start":"2024-08-21","city":"Luang Prabang","country":"Laos","role":"reported"},
                             {"type":"Summit","ordinal":44,"start":"2024-10-08","city":"Vientiane","country":"Laos","role":"upcoming"}],
                 "heads_of_delegation":[{"name":"Đỗ Hùng Việt","title":"Thứ trưởng","country":"Vietnam"}],
                 "chair_country":"Laos","document_count":80}""";
        String predicted = """
                {"meetings":[{"type":"SOM","start":"2024-08-21","city":"Luang Prabang","country":"Laos","role":"upcoming"},
                             {"type":"AMM","ordinal":57,"start":"2024-07-25","city":null,"country":null,"role":"reported"}],
                 "heads_of_delegation":[{"name":"do hung viet","title":"Thứ trưởng","country":"Vietnam"},{"name":"Vũ Hồ","title":null,"country":null}],
                 "chair_country":"Laos","document_count":null}""";
        evaluation.compare("x.txt", JSON.readTree(gold), JSON.readTree(predicted));
        Map<String, Score> scores = evaluation.scores();
        assertThat(scores.get(GoldEvaluation.MEETINGS)).isEqualTo(new Score(GoldEvaluation.MEETINGS, 1, 2, 2));
        assertThat(scores.get("meeting.role")).isEqualTo(new Score("meeting.role", 0, 2, 2));
        assertThat(scores.get(GoldEvaluation.HEADS)).isEqualTo(new Score(GoldEvaluation.HEADS, 1, 2, 1));
        assertThat(scores.get(GoldEvaluation.HEADS).f1()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(scores.get("chair_country").f1()).isEqualTo(1.0);
        assertThat(scores.get("document_count")).isEqualTo(new Score("document_count", 0, 0, 1));
        assertThat(evaluation.differences()).anyMatch(d -> d.contains("missed meeting Summit 44"))
                .anyMatch(d -> d.contains("extra meeting AMM 57")).anyMatch(d -> d.contains("extra head Vũ Hồ"));
    }

    @Test
    void theDevelopmentReportsStayAboveTheAim() {
        Map<String, Score> scores = new GoldEvaluation(Reports.READER).run(DEV.resolve("dev-gold.jsonl"), DEV.resolve("reports"));
        assertThat(scores.get(GoldEvaluation.MEETINGS).f1()).as(GoldEvaluation.table(scores)).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get(GoldEvaluation.HEADS).f1()).as(GoldEvaluation.table(scores)).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("chair_country").f1()).as(GoldEvaluation.table(scores)).isGreaterThanOrEqualTo(0.9);
    }
}
