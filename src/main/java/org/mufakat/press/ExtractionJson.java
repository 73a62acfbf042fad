package org.mufakat.press;

import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable contract: one JSON object per report, of the shape of {@code seeds-gold.jsonl} ({@code
 * language}, {@code title}, {@code published}, {@code meetings}, {@code heads_of_delegation}, {@code chair_country},
 * {@code document_count}) plus the spans of the supporting sentences ({@code [start, end)} in UTF-16 code units of
 * {@code text}, the cleaned text, which is included), the source line and the fingerprint. Unknown values are null.
 * The command line and {@code POST /api/v1/articles} both write it.
 */
public final class ExtractionJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExtractionJson() {
    }

    public static Map<String, Object> of(Extraction extraction) {
        CleanedReport report = extraction.report();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("language", report.language());
        json.put("title", report.title());
        json.put("published", report.published() == null ? null : report.published().toString());
        json.put("source", report.source());
        List<Map<String, Object>> meetings = new ArrayList<>();
        for (MeetingFact m : extraction.meetings()) {
            Map<String, Object> meeting = new LinkedHashMap<>();
            meeting.put("type", m.type());
            meeting.put("framework", m.framework());
            meeting.put("ordinal", m.ordinal());
            meeting.put("start", m.start() == null ? null : m.start().toString());
            meeting.put("end", m.end() == null ? null : m.end().toString());
            meeting.put("city", m.city());
            meeting.put("country", m.country());
            meeting.put("format", m.format() == null ? null : m.format().label());
            meeting.put("role", m.role() == null ? null : m.role().label());
            if (m.partner() != null) {
                meeting.put("partner", m.partner());
            }
            meeting.put("span", span(m.span()));
            meeting.put("evidence", m.evidence().stream().map(ExtractionJson::span).toList());
            meetings.add(meeting);
        }
        json.put("meetings", meetings);
        List<Map<String, Object>> heads = new ArrayList<>();
        for (HeadOfDelegationFact h : extraction.headsOfDelegation()) {
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("name", h.name());
            head.put("title", h.title());
            head.put("country", h.country());
            head.put("role_in_text", h.role());
            head.put("span", span(h.span()));
            heads.add(head);
        }
        json.put("heads_of_delegation", heads);
        Fact<String> chair = extraction.chairCountry();
        json.put("chair_country", chair == null ? null : chair.value());
        json.put("chair_country_span", chair == null ? null : span(chair.span()));
        DocumentCount count = extraction.documentCount();
        json.put("document_count", count == null ? null : count.count());
        json.put("document_count_qualifier", count == null ? null : count.qualifier());
        json.put("document_count_span", count == null ? null : span(count.span()));
        Fingerprint fingerprint = report.fingerprint();
        Map<String, Object> print = new LinkedHashMap<>();
        print.put("sha256", fingerprint.digest());
        print.put("simhash", fingerprint.simhashHex());
        print.put("minhash", fingerprint.minhashHex());
        json.put("fingerprint", print);
        json.put("text", report.text());
        return json;
    }

    /** One line of JSON. */
    public static String write(Map<String, Object> json) {
        return JSON.writeValueAsString(json);
    }

    public static String write(Extraction extraction) {
        return write(of(extraction));
    }

    private static List<Integer> span(Span span) {
        return span == null ? null : List.of(span.start(), span.end());
    }
}
