package org.mufakat.press;

import org.mufakat.access.AccessPolicy;
import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The imported reports: listed and shown for review (to those who may review them), their text for search, and the
 * reports that cover a meeting (public: they are the record's published sources).
 */
@Service
public class PressReports {

    private final ImportedReports reports;
    private final ReportQueries queries;
    private final MeetingMatcher matcher;
    private final AccessPolicy access;

    PressReports(ImportedReports reports, ReportQueries queries, MeetingMatcher matcher, AccessPolicy access) {
        this.reports = reports;
        this.queries = queries;
        this.matcher = matcher;
        this.access = access;
    }

    /**
     * A report's title, cleaned text, language, address and publication date, for search to index: the text of a
     * published news report, not the facts proposed from it.
     */
    @Transactional(readOnly = true)
    public Optional<ReportText> find(ReportId id) {
        return reports.findById(id).map(r -> new ReportText(r.id(), r.title(), r.cleanedText(), r.language(), r.sourceUrl(), r.published()));
    }

    @Transactional(readOnly = true)
    public List<ReportSummary> list() {
        access.require(access.mayReviewReports(access.actor()), "review reports");
        return queries.all();
    }

    @Transactional(readOnly = true)
    public List<CoveringReport> covering(MeetingId meeting) {
        return queries.covering(meeting.value());
    }

    /**
     * The reports that contain any of the phrases (letter case aside), newest first, each with the first sentence that
     * contains one; near copies of a report already listed are left out. Public, like the reports covering a meeting:
     * what is shown is a published report's title, address and one sentence of it.
     */
    @Transactional(readOnly = true)
    public List<ReportMention> mentioning(java.util.Collection<String> phrases, int limit) {
        List<String> wanted = phrases.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).distinct().toList();
        return wanted.isEmpty() ? List.of() : queries.mentioning(wanted, limit);
    }

    /** The raw report as it arrived, and its media type and file name. */
    @Transactional(readOnly = true)
    public RawFile raw(ReportId id) {
        access.require(access.mayReviewReports(access.actor()), "review reports");
        Report report = reports.findById(id).orElseThrow(() -> new NotFound("report", id));
        return new RawFile(queries.raw(id).orElseThrow(() -> new NotFound("report", id)), report.rawMediaType().value(), report.rawFileName());
    }

    public record RawFile(byte[] content, String mediaType, String fileName) {
    }

    @Transactional(readOnly = true)
    public ReportView view(ReportId id) {
        access.require(access.mayReviewReports(access.actor()), "review reports");
        Report report = reports.findById(id).orElseThrow(() -> new NotFound("report", id));
        Integer year = ReportReview.reportYear(report);
        List<FactView> facts = new ArrayList<>();
        report.facts().forEach((position, fact) -> {
            Map<String, String> values = FactValues.shown(fact.proposed());
            MeetingMatcher.Match match = fact.kind() == FactKind.MEETING && fact.status() == FactStatus.PROPOSED
                    ? matcher.match(fact.proposed(), year).orElse(null) : null;
            List<Integer> meetings = values.get("meetings") == null ? List.of()
                    : Arrays.stream(values.get("meetings").split(",")).map(String::strip).filter(s -> s.matches("\\d+")).map(Integer::valueOf).toList();
            facts.add(new FactView(position, fact.kind(), fact.status(), fact.span(), fact.sentence(), values,
                    fact.decidedValues() == null ? null : FactValues.shown(fact.decidedValues()),
                    match == null ? null : match.meeting(), match == null ? null : match.rule(), meetings,
                    fact.status() == FactStatus.ACCEPTED ? queries.provenance(id, position) : List.of(), fact.decidedBy(), fact.decidedAt()));
        });
        ReportSummary summary = queries.summaries("where r.id = ?", id.value()).getFirst();
        ReportSummary original = report.copyOf() == null ? null : queries.summaries("where r.id = ?", report.copyOf().value()).stream()
                .findFirst().orElse(null);
        return new ReportView(summary, report.rawMediaType().value(), report.sourceLine(), report.cleanedText(),
                segments(report.cleanedText(), facts), facts, original, report.copyResemblance(), queries.copiesOf(id), report.version());
    }

    /** The text cut at every start and end of a fact's sentence; spans beyond the text are clipped. */
    static List<ReportView.Segment> segments(String text, List<FactView> facts) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (FactView fact : facts) {
            cuts.add(Math.min(fact.span().start(), text.length()));
            cuts.add(Math.min(fact.span().end(), text.length()));
        }
        List<ReportView.Segment> segments = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int from = previous;
                int to = cut;
                List<Integer> covering = facts.stream().filter(f -> f.span().start() <= from && f.span().end() >= to)
                        .map(FactView::position).toList();
                segments.add(new ReportView.Segment(text.substring(from, to), covering));
            }
            previous = cut;
        }
        return segments;
    }
}
