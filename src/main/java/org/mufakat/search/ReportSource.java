package org.mufakat.search;

import org.mufakat.access.CurrentActor;
import org.mufakat.press.PressReports;
import org.mufakat.press.ReportId;
import org.mufakat.press.ReportImported;
import org.mufakat.press.ReportSummary;
import org.mufakat.press.ReportText;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Imported press reports in the index, one entry in the report's own language: title and cleaned text, linked to the
 * report's page. Only those who may review reports open that page, so only they find the entry.
 */
@Component
class ReportSource implements SearchSource {

    /** Enough of a long report to find it by; the snippet comes from here too. */
    private static final int LONGEST_TEXT = 20_000;
    private static final int LONGEST_TITLE = 200;

    private final PressReports reports;
    private final CurrentActor actor;
    private final IndexEntries index;

    ReportSource(PressReports reports, CurrentActor actor, IndexEntries index) {
        this.reports = reports;
        this.actor = actor;
        this.index = index;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.REPORT;
    }

    @Override
    public List<String> refs() {
        return actor.asSystem("search-index", () -> reports.list().stream().map(ReportSummary::id).map(ReportId::toString).toList());
    }

    @Override
    public List<IndexEntry> entries(String ref) {
        return reports.find(ReportId.parse(ref)).map(ReportSource::entry).map(List::of).orElse(List.of());
    }

    private static IndexEntry entry(ReportText report) {
        String text = report.text() == null ? "" : report.text();
        String title = report.title() == null || report.title().isBlank() ? untitled(report, text) : report.title().strip();
        if (text.length() > LONGEST_TEXT) {
            text = text.substring(0, LONGEST_TEXT);
        }
        String body = report.sourceUrl() == null ? text : text + " · " + report.sourceUrl();
        return new IndexEntry(SearchKind.REPORT, report.id().toString(), report.language() == null ? "und" : report.language(),
                title, body, "/reports/" + report.id(), report.published(), Visibility.REPORT_REVIEWERS);
    }

    /** A report the cleaning found no title in is shown by its first line, else by its address. */
    private static String untitled(ReportText report, String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            return report.sourceUrl() == null ? report.id().toString() : report.sourceUrl();
        }
        return first.length() > LONGEST_TITLE ? first.substring(0, LONGEST_TITLE) : first;
    }

    /** Imported or read again: the entry is replaced by what the report says now. */
    @ApplicationModuleListener
    void on(ReportImported event) {
        index.replace(kind(), event.report().toString(), entries(event.report().toString()));
    }
}
