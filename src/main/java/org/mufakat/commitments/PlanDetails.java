package org.mufakat.commitments;

import org.mufakat.meetings.MeetingSummary;
import org.mufakat.platform.domain.LocalizedText;

import java.util.List;

/** A plan with its areas, action lines, partners' proposals and the meetings that reviewed it. */
public record PlanDetails(PlanSummary plan, List<PlanArea> areas, List<ActionLine> actionLines, List<PartnerProposal> proposals,
                          List<Review> reviews) {

    public record Review(MeetingSummary meeting, LocalizedText note) {
    }
}
