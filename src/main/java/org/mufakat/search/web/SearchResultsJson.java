package org.mufakat.search.web;

import org.mufakat.search.SearchHit;
import org.mufakat.search.SearchResults;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

record SearchResultsJson(String query, String kind, int total, Map<String, Integer> totals, List<Hit> hits) {

    record Hit(String kind, String id, String language, String title, String titleHtml, String snippet, String snippetHtml,
               List<String> marked, String url, LocalDate date, double score) {
    }

    static SearchResultsJson of(SearchResults results) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        results.totalsByKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> totals.put(entry.getKey().code(), entry.getValue()));
        return new SearchResultsJson(results.query(), results.kind() == null ? null : results.kind().code(), results.total(), totals,
                results.hits().stream().map(SearchResultsJson::hit).toList());
    }

    private static Hit hit(SearchHit hit) {
        java.util.List<String> marked = new java.util.ArrayList<>(hit.title().marked());
        marked.addAll(hit.snippet().marked());
        return new Hit(hit.kind().code(), hit.ref(), hit.language(), hit.title().text(), hit.title().html(), hit.snippet().text(),
                hit.snippet().html(), marked, hit.url(), hit.date(), Math.round(hit.score() * 1000) / 1000.0);
    }
}
