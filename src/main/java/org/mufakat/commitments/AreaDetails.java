package org.mufakat.commitments;

import java.util.List;

/** One area of a plan drilled down: its action lines, each with the reports serving it, and partners' proposals. */
public record AreaDetails(PlanSummary plan, PlanArea area, List<LineReports> lines, List<PartnerProposal> proposals) {

    public record LineReports(ActionLine line, List<ReportView> reports) {
    }
}
