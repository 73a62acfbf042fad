package org.mufakat.press;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A fact's values as text by name (what the reader proposed, what the reviewer accepted), stored as JSON. Unknown
 * values are absent, never guessed. Names starting with "_" are bookkeeping (a meeting's other sentences), not shown.
 */
final class FactValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ACTING = Pattern.compile("(?iU)(?<!ủy |uỷ |uy )\\bquyền\\b|\\bacting\\b");

    private FactValues() {
    }

    static String write(Map<String, String> values) {
        return JSON.writeValueAsString(values);
    }

    static Map<String, String> read(String json) {
        if (json == null) {
            return null;
        }
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
        });
    }

    record Proposed(FactKind kind, Span span, Map<String, String> values) {
    }

    /** The facts of an extraction in reading order: meetings, heads of delegation (with the meetings they led at), chair, count. */
    static List<Proposed> of(Extraction extraction) {
        List<Proposed> facts = new ArrayList<>();
        for (MeetingFact m : extraction.meetings()) {
            Map<String, String> v = new LinkedHashMap<>();
            put(v, "series", m.type());
            put(v, "framework", m.framework());
            put(v, "partner", m.partner());
            put(v, "ordinals", m.ordinal());
            put(v, "start", m.start());
            put(v, "end", m.end());
            put(v, "city", m.city());
            put(v, "country", m.country());
            put(v, "format", m.format() == null ? null : m.format().name());
            put(v, "role", m.role() == null ? null : m.role().name());
            StringBuilder evidence = new StringBuilder();
            for (Span s : m.evidence()) {
                evidence.append(evidence.isEmpty() ? "" : ";").append(s.start()).append('-').append(s.end());
            }
            put(v, "_evidence", evidence.isEmpty() ? null : evidence.toString());
            facts.add(new Proposed(FactKind.MEETING, m.span(), v));
        }
        int meetings = facts.size();
        for (HeadOfDelegationFact h : extraction.headsOfDelegation()) {
            Map<String, String> v = new LinkedHashMap<>();
            put(v, "name", h.name());
            put(v, "title", h.title());
            put(v, "country", h.country());
            put(v, "role", h.role());
            put(v, "capacity", h.title() != null && ACTING.matcher(h.title()).find() ? "ACTING" : null);
            put(v, "meetings", ledAt(facts.subList(0, meetings), h.span()));
            facts.add(new Proposed(FactKind.HEAD_OF_DELEGATION, h.span(), v));
        }
        if (extraction.chairCountry() != null) {
            Map<String, String> v = new LinkedHashMap<>();
            put(v, "country", extraction.chairCountry().value());
            facts.add(new Proposed(FactKind.CHAIR_COUNTRY, extraction.chairCountry().span(), v));
        }
        if (extraction.documentCount() != null) {
            Map<String, String> v = new LinkedHashMap<>();
            put(v, "count", extraction.documentCount().count());
            put(v, "qualifier", extraction.documentCount().qualifier());
            facts.add(new Proposed(FactKind.DOCUMENT_COUNT, extraction.documentCount().span(), v));
        }
        return facts;
    }

    /**
     * The meetings a head led a delegation at: the reported meetings named in the head's own sentence, else in the
     * nearest sentence before it that names reported meetings; as positions among the facts, "0,2". Null if none.
     */
    static String ledAt(List<Proposed> meetings, Span head) {
        List<Integer> same = new ArrayList<>();
        int nearestEnd = -1;
        for (int i = 0; i < meetings.size(); i++) {
            if (!"REPORTED".equals(meetings.get(i).values().get("role"))) {
                continue;
            }
            for (Span s : spans(meetings.get(i))) {
                if (s.start() < head.end() && head.start() < s.end()) {
                    same.add(i);
                    break;
                }
                if (s.end() <= head.start()) {
                    nearestEnd = Math.max(nearestEnd, s.end());
                }
            }
        }
        List<Integer> chosen = same;
        if (chosen.isEmpty() && nearestEnd >= 0) {
            for (int i = 0; i < meetings.size(); i++) {
                final int end = nearestEnd;
                if ("REPORTED".equals(meetings.get(i).values().get("role")) && spans(meetings.get(i)).stream().anyMatch(s -> s.end() == end)) {
                    chosen.add(i);
                }
            }
        }
        return chosen.isEmpty() ? null : String.join(",", chosen.stream().map(String::valueOf).toList());
    }

    private static List<Span> spans(Proposed meeting) {
        List<Span> spans = new ArrayList<>(List.of(meeting.span()));
        String evidence = meeting.values().get("_evidence");
        if (evidence != null) {
            for (String part : evidence.split(";")) {
                String[] ends = part.split("-");
                spans.add(new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
            }
        }
        return spans;
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null && !Objects.toString(value).isBlank()) {
            values.put(name, Objects.toString(value));
        }
    }

    /** The values without bookkeeping, for display and forms. */
    static Map<String, String> shown(Map<String, String> values) {
        Map<String, String> shown = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                if (!k.startsWith("_")) {
                    shown.put(k, v);
                }
            });
        }
        return shown;
    }
}
