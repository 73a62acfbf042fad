package org.mufakat.commitments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far a plan has come, by area and year: each cell counts the reports of that year serving at least one of the
 * area's action lines (a report serving two areas counts in both), and how many of them are completed.
 */
public record PlanProgress(PlanId plan, List<Integer> years, List<AreaRow> rows, List<Tally> yearTotals, Tally total) {

    public record AreaRow(PlanArea area, List<Tally> cells, Tally total) {
    }

    /** Reports counted by status. {@code share} is completed over all reports, dropped ones included. */
    public record Tally(int reports, int completed, int ongoing, int planned, int dropped) {

        static final Tally NONE = new Tally(0, 0, 0, 0, 0);

        static Tally of(List<ReportView> reports) {
            int completed = 0, ongoing = 0, planned = 0, dropped = 0;
            for (ReportView report : reports) {
                switch (report.status()) {
                    case COMPLETED -> completed++;
                    case ONGOING -> ongoing++;
                    case PLANNED -> planned++;
                    case DROPPED -> dropped++;
                }
            }
            return new Tally(reports.size(), completed, ongoing, planned, dropped);
        }

        /** The share completed, 0 to 1; zero without reports. */
        public double share() {
            return reports == 0 ? 0 : (double) completed / reports;
        }

        /** The share completed in whole percent, rounded half up; null without reports. */
        public Integer percent() {
            return reports == 0 ? null : (int) Math.round(100.0 * completed / reports);
        }

        /** The heat map's shade: 0 without reports, then 1 (under a quarter completed) to 4 (three quarters or more). */
        public int level() {
            if (reports == 0) {
                return 0;
            }
            return 1 + Math.min(3, (int) Math.floor(share() * 4));
        }
    }

    static PlanProgress of(PlanId plan, int fromYear, int toYear, List<PlanArea> areas, List<ActionLine> lines, List<ReportView> reports) {
        List<Integer> years = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            years.add(y);
        }
        List<AreaRow> rows = new ArrayList<>();
        for (PlanArea area : areas) {
            Set<String> codes = new HashSet<>();
            lines.stream().filter(l -> l.areaNumber() == area.number()).forEach(l -> codes.add(l.code()));
            List<ReportView> serving = reports.stream().filter(r -> r.actionLines().stream().anyMatch(codes::contains)).toList();
            List<Tally> cells = years.stream().map(y -> Tally.of(serving.stream().filter(r -> r.year() == y).toList())).toList();
            rows.add(new AreaRow(area, cells, Tally.of(serving)));
        }
        List<Tally> yearTotals = years.stream().map(y -> Tally.of(reports.stream().filter(r -> r.year() == y).toList())).toList();
        return new PlanProgress(plan, List.copyOf(years), List.copyOf(rows), yearTotals, Tally.of(reports));
    }
}
