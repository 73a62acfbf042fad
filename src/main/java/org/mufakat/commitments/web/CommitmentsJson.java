package org.mufakat.commitments.web;

import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.AreaDetails;
import org.mufakat.commitments.InitiativeView;
import org.mufakat.commitments.InterventionView;
import org.mufakat.commitments.IssueTimeline;
import org.mufakat.commitments.IssueView;
import org.mufakat.press.ReportMention;
import org.mufakat.commitments.OutcomeReference;
import org.mufakat.commitments.PartnerProposal;
import org.mufakat.commitments.PlanArea;
import org.mufakat.commitments.PlanDetails;
import org.mufakat.commitments.PlanProgress;
import org.mufakat.commitments.PlanSummary;
import org.mufakat.commitments.ReportView;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the commitments API: ids as UUIDs, codes as text, texts in both languages. */
final class CommitmentsJson {

    private CommitmentsJson() {
    }

    record MeetingRef(UUID id, LocalizedText title, LocalDate startDate, LocalDate endDate) {
        static MeetingRef of(MeetingSummary m) {
            return m == null ? null : new MeetingRef(m.id().value(), m.title(), m.dates().startDate(), m.dates().endDate());
        }
    }

    record Plan(UUID id, LocalizedText title, String framework, int fromYear, int toYear, String adoptedBySymbol, UUID adoptedByDocumentId,
                int areaCount, int actionLineCount, long version) {
        static Plan of(PlanSummary p) {
            return new Plan(p.id().value(), p.title(), p.framework().value(), p.fromYear(), p.toYear(),
                    p.adoptedBy() == null ? null : p.adoptedBy().symbol(), p.adoptedBy() == null ? null : p.adoptedBy().documentId(),
                    p.areaCount(), p.actionLineCount(), p.version());
        }
    }

    record Area(int number, LocalizedText title) {
        static Area of(PlanArea a) {
            return new Area(a.number(), a.title());
        }
    }

    record Line(String code, int area, LocalizedText text) {
        static Line of(ActionLine l) {
            return new Line(l.code(), l.areaNumber(), l.text());
        }
    }

    record Proposal(String party, int area, int year, LocalizedText title) {
        static Proposal of(PartnerProposal p) {
            return new Proposal(p.partyCode().value(), p.areaNumber(), p.year(), p.title());
        }
    }

    record Review(MeetingRef meeting, LocalizedText note) {
    }

    record PlanDetailsJson(Plan plan, List<Area> areas, List<Line> actionLines, List<Proposal> proposals, List<Review> reviews) {
        static PlanDetailsJson of(PlanDetails d) {
            return new PlanDetailsJson(Plan.of(d.plan()), d.areas().stream().map(Area::of).toList(),
                    d.actionLines().stream().map(Line::of).toList(), d.proposals().stream().map(Proposal::of).toList(),
                    d.reviews().stream().map(r -> new Review(MeetingRef.of(r.meeting()), r.note())).toList());
        }
    }

    record Report(UUID id, UUID plan, int year, String party, LocalizedText activity, String status, List<String> actionLines, long version) {
        static Report of(ReportView r) {
            return new Report(r.id().value(), r.plan().value(), r.year(), r.party().value(), r.activity(), r.status().name(),
                    r.actionLines(), r.version());
        }
    }

    record Tally(int reports, int completed, int ongoing, int planned, int dropped, Integer percentCompleted) {
        static Tally of(PlanProgress.Tally t) {
            return new Tally(t.reports(), t.completed(), t.ongoing(), t.planned(), t.dropped(), t.percent());
        }
    }

    record ProgressRow(int area, LocalizedText title, List<Tally> years, Tally total) {
    }

    record Progress(UUID plan, List<Integer> years, List<ProgressRow> areas, List<Tally> yearTotals, Tally total) {
        static Progress of(PlanProgress p) {
            return new Progress(p.plan().value(), p.years(), p.rows().stream().map(r -> new ProgressRow(r.area().number(), r.area().title(),
                    r.cells().stream().map(Tally::of).toList(), Tally.of(r.total()))).toList(),
                    p.yearTotals().stream().map(Tally::of).toList(), Tally.of(p.total()));
        }
    }

    record LineReports(Line line, List<Report> reports) {
    }

    record AreaJson(int number, LocalizedText title, List<LineReports> actionLines, List<Proposal> proposals) {
        static AreaJson of(AreaDetails a) {
            return new AreaJson(a.area().number(), a.area().title(), a.lines().stream().map(l -> new LineReports(Line.of(l.line()),
                    l.reports().stream().map(Report::of).toList())).toList(), a.proposals().stream().map(Proposal::of).toList());
        }
    }

    record Occasion(LocalDate on, String status, MeetingRef meeting, LocalizedText event) {
    }

    record Supporter(String party, MeetingRef meeting) {
    }

    record Initiative(UUID id, LocalizedText title, LocalizedText description, String proposer, boolean byChair, int year, String status,
                      List<Occasion> occasions, List<Supporter> supporters, long version) {
        static Initiative of(InitiativeView i) {
            return new Initiative(i.id().value(), i.title(), i.description(), i.proposer() == null ? null : i.proposer().value(), i.byChair(),
                    i.year(), i.status().name(),
                    i.occasions().stream().map(o -> new Occasion(o.on(), o.status().name(), MeetingRef.of(o.meeting()), o.event())).toList(),
                    i.supporters().stream().map(s -> new Supporter(s.party().value(), MeetingRef.of(s.meeting()))).toList(), i.version());
        }
    }

    record Outcome(LocalDate on, String document, String paragraph, UUID meeting, LocalizedText text) {
        static Outcome of(OutcomeReference o) {
            return new Outcome(o.on(), o.document(), o.paragraph(), o.meetingId() == null ? null : o.meetingId().value(), o.text());
        }
    }

    record Issue(UUID id, String code, LocalizedText title, LocalizedText description, List<String> terms, List<Outcome> outcomes,
                 long version) {
        static Issue of(IssueView i) {
            return new Issue(i.id().value(), i.code(), i.title(), i.description(), i.terms().phrases(),
                    i.outcomes().stream().map(Outcome::of).toList(), i.version());
        }
    }

    /** A report naming the issue: its address, title, date, language, the phrase found and its sentence. */
    record Mention(UUID id, String title, String sourceUrl, LocalDate published, String language, String phrase, String sentence) {
        static Mention of(ReportMention m) {
            return m == null ? null : new Mention(m.id().value(), m.title(), m.sourceUrl(), m.published(), m.language(), m.phrase(), m.sentence());
        }
    }

    record TimelineEntry(LocalDate on, String kind, MeetingRef meeting, String party, String speaker, LocalizedText text, String document,
                         String paragraph, UUID documentId, Mention report) {
    }

    record Timeline(Issue issue, List<TimelineEntry> entries) {
        static Timeline of(IssueTimeline t) {
            return new Timeline(Issue.of(t.issue()), t.entries().stream().map(e -> new TimelineEntry(e.on(), e.kind().name(),
                    MeetingRef.of(e.meeting()), e.party() == null ? null : e.party().value(), e.speaker(), e.text(), e.document(),
                    e.paragraph(), e.documentId() == null ? null : e.documentId().value(), Mention.of(e.report()))).toList());
        }
    }

    record AreaTag(UUID plan, int area, LocalizedText title) {
    }

    record Point(int number, LocalizedText text, List<String> issues, List<UUID> initiatives, List<AreaTag> areas) {
    }

    record Intervention(UUID id, MeetingRef meeting, String party, UUID person, String speaker, List<Point> points, long version) {
        static Intervention of(InterventionView v) {
            return new Intervention(v.id().value(), MeetingRef.of(v.meeting()), v.party().value(), v.person() == null ? null : v.person().value(),
                    v.speaker(), v.points().stream().map(p -> new Point(p.number(), p.text(),
                    p.issues().stream().map(InterventionView.IssueLabel::code).toList(),
                    p.initiatives().stream().map(i -> i.id().value()).toList(),
                    p.areas().stream().map(a -> new AreaTag(a.plan().value(), a.number(), a.title())).toList())).toList(), v.version());
        }
    }
}
