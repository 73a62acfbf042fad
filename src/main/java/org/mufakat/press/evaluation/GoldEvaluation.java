package org.mufakat.press.evaluation;

import org.mufakat.press.Extraction;
import org.mufakat.press.ExtractionJson;
import org.mufakat.press.RawReport;
import org.mufakat.press.ReportReader;
import org.mufakat.press.extraction.Folding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Measures the extraction against a gold file of the shape of {@code seeds-gold.jsonl}: runs it on the report each
 * line names ({@code file}, in the reports folder) and counts, per field, what it found that the gold has (true
 * positives), what it found, and what the gold has. Meetings are matched on series, start date and place (city and
 * country), a second meeting of the same series, date and place by its ordinal; their attributes are compared on
 * meetings aligned by series and the most attributes in common. Heads are matched on their name, ignoring case and
 * diacritics. A null is no fact: a value where the gold has null counts against precision, a null where it has one
 * against recall.
 */
public final class GoldEvaluation {

    public static final String MEETINGS = "meetings (series+date+place)";
    public static final String HEADS = "heads_of_delegation (name)";
    private static final List<String> MEETING_ATTRIBUTES = List.of("type", "framework", "ordinal", "start", "end", "city", "country",
            "format", "role", "partner");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportReader reader;
    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<String> differences = new ArrayList<>();

    public GoldEvaluation(ReportReader reader) {
        this.reader = reader;
        add(MEETINGS, 0, 0, 0);
        MEETING_ATTRIBUTES.forEach(a -> add("meeting." + a, 0, 0, 0));
        add(HEADS, 0, 0, 0);
        add("head.title", 0, 0, 0);
        add("head.country", 0, 0, 0);
        add("chair_country", 0, 0, 0);
        add("document_count", 0, 0, 0);
    }

    /** Evaluates every line of the gold file; reports are looked up in {@code reports}. */
    public Map<String, Score> run(Path gold, Path reports) {
        List<String> lines;
        try {
            lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode expected = JSON.readTree(line);
            String file = expected.path("file").asString();
            Path path = reports.resolve(file);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException("The gold names " + file + ", not found in " + reports, e);
            }
            String published = text(expected, "published");
            RawReport raw = new RawReport(bytes, RawReport.MediaType.guess(file, bytes), null,
                    published == null ? null : LocalDate.parse(published));
            Extraction extraction = reader.read(raw);
            compare(file, expected, JSON.valueToTree(ExtractionJson.of(extraction)));
        }
        return scores;
    }

    public Map<String, Score> scores() {
        return scores;
    }

    public List<String> differences() {
        return differences;
    }

    /** Compares one predicted report (contract JSON) with its gold line. */
    public void compare(String file, JsonNode gold, JsonNode predicted) {
        List<JsonNode> goldMeetings = list(gold.path("meetings"));
        List<JsonNode> predictedMeetings = list(predicted.path("meetings"));
        // Identity: series, date and place.
        boolean[] used = new boolean[predictedMeetings.size()];
        int identity = 0;
        for (JsonNode g : goldMeetings) {
            int match = -1;
            for (int p = 0; p < predictedMeetings.size(); p++) {
                JsonNode m = predictedMeetings.get(p);
                if (!used[p] && same(g, m, "type") && same(g, m, "start") && same(g, m, "city") && same(g, m, "country")
                        && (match < 0 || same(g, m, "ordinal"))) {
                    match = p;
                }
            }
            if (match >= 0) {
                used[match] = true;
                identity++;
            } else {
                differences.add(file + ": missed meeting " + brief(g));
            }
        }
        for (int p = 0; p < predictedMeetings.size(); p++) {
            if (!used[p]) {
                differences.add(file + ": extra meeting " + brief(predictedMeetings.get(p)));
            }
        }
        add(MEETINGS, identity, predictedMeetings.size(), goldMeetings.size());
        // Attributes, on meetings aligned by series and the most attributes in common.
        boolean[] aligned = new boolean[predictedMeetings.size()];
        Map<JsonNode, JsonNode> pairs = new LinkedHashMap<>();
        for (JsonNode g : goldMeetings) {
            int best = -1;
            int bestScore = -1;
            for (int p = 0; p < predictedMeetings.size(); p++) {
                JsonNode m = predictedMeetings.get(p);
                if (aligned[p] || !same(g, m, "type")) {
                    continue;
                }
                int score = 0;
                for (String attribute : MEETING_ATTRIBUTES) {
                    score += same(g, m, attribute) ? (attribute.equals("ordinal") ? 5 : 1) : 0;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = p;
                }
            }
            if (best >= 0) {
                aligned[best] = true;
                pairs.put(g, predictedMeetings.get(best));
            }
        }
        for (String attribute : MEETING_ATTRIBUTES) {
            int tp = 0;
            int pred = 0;
            int g = 0;
            for (JsonNode m : predictedMeetings) {
                pred += text(m, attribute) != null ? 1 : 0;
            }
            for (JsonNode gm : goldMeetings) {
                g += text(gm, attribute) != null ? 1 : 0;
                JsonNode m = pairs.get(gm);
                if (m != null && text(gm, attribute) != null && Objects.equals(text(gm, attribute), text(m, attribute))) {
                    tp++;
                } else if (m != null && !Objects.equals(text(gm, attribute), text(m, attribute))) {
                    differences.add(file + ": " + brief(gm) + " " + attribute + " is " + text(m, attribute) + ", gold " + text(gm, attribute));
                }
            }
            add("meeting." + attribute, tp, pred, g);
        }
        // Heads of delegation by folded name.
        List<JsonNode> goldHeads = list(gold.path("heads_of_delegation"));
        List<JsonNode> predictedHeads = list(predicted.path("heads_of_delegation"));
        boolean[] headUsed = new boolean[predictedHeads.size()];
        int headTp = 0;
        int[] titles = new int[3];
        int[] countries = new int[3];
        for (JsonNode p : predictedHeads) {
            titles[1] += text(p, "title") != null ? 1 : 0;
            countries[1] += text(p, "country") != null ? 1 : 0;
        }
        for (JsonNode g : goldHeads) {
            titles[2] += text(g, "title") != null ? 1 : 0;
            countries[2] += text(g, "country") != null ? 1 : 0;
            for (int p = 0; p < predictedHeads.size(); p++) {
                JsonNode h = predictedHeads.get(p);
                if (!headUsed[p] && Objects.equals(Folding.fold(text(g, "name")), Folding.fold(text(h, "name")))) {
                    headUsed[p] = true;
                    headTp++;
                    if (text(g, "title") != null && Objects.equals(Folding.fold(text(g, "title")), Folding.fold(text(h, "title")))) {
                        titles[0]++;
                    } else {
                        differences.add(file + ": head " + text(g, "name") + " title is " + text(h, "title") + ", gold " + text(g, "title"));
                    }
                    if (text(g, "country") != null && Objects.equals(text(g, "country"), text(h, "country"))) {
                        countries[0]++;
                    }
                    break;
                }
            }
        }
        for (int p = 0; p < predictedHeads.size(); p++) {
            if (!headUsed[p]) {
                differences.add(file + ": extra head " + text(predictedHeads.get(p), "name"));
            }
        }
        if (headTp < goldHeads.size()) {
            for (JsonNode g : goldHeads) {
                boolean found = false;
                for (JsonNode h : predictedHeads) {
                    found |= Objects.equals(Folding.fold(text(g, "name")), Folding.fold(text(h, "name")));
                }
                if (!found) {
                    differences.add(file + ": missed head " + text(g, "name"));
                }
            }
        }
        add(HEADS, headTp, predictedHeads.size(), goldHeads.size());
        add("head.title", titles[0], titles[1], titles[2]);
        add("head.country", countries[0], countries[1], countries[2]);
        single(file, "chair_country", gold, predicted);
        single(file, "document_count", gold, predicted);
    }

    private void single(String file, String field, JsonNode gold, JsonNode predicted) {
        String g = text(gold, field);
        String p = text(predicted, field);
        add(field, g != null && g.equals(p) ? 1 : 0, p != null ? 1 : 0, g != null ? 1 : 0);
        if (!Objects.equals(g, p)) {
            differences.add(file + ": " + field + " is " + p + ", gold " + g);
        }
    }

    private void add(String field, int tp, int pred, int gold) {
        scores.merge(field, new Score(field, tp, pred, gold), (a, b) -> a.plus(tp, pred, gold));
    }

    private static boolean same(JsonNode a, JsonNode b, String field) {
        return Objects.equals(text(a, field), text(b, field));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static String brief(JsonNode m) {
        return text(m, "type") + (text(m, "ordinal") == null ? "" : " " + text(m, "ordinal")) + " " + text(m, "start") + " "
                + text(m, "city") + "/" + text(m, "country");
    }

    /** The scores as a table, one field a line. */
    public static String table(Map<String, Score> scores) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-32s %5s %5s %5s %9s %7s %6s%n", "field", "tp", "pred", "gold", "precision", "recall", "F1"));
        for (Score s : scores.values()) {
            out.append(String.format(java.util.Locale.ROOT, "%-32s %5d %5d %5d %9.3f %7.3f %6.3f%n", s.field(), s.truePositives(),
                    s.predicted(), s.gold(), s.precision(), s.recall(), s.f1()));
        }
        return out.toString();
    }
}
