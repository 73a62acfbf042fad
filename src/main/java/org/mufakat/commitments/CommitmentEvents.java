package org.mufakat.commitments;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;

/** What happens to commitments, in the past tense, for other modules to react to. */
public final class CommitmentEvents {

    private CommitmentEvents() {
    }

    public record PlanRecorded(PlanId plan) {
    }

    public record PlanRevised(PlanId plan) {
    }

    public record ProposalMade(PlanId plan, PartyCode party, int area, int year) {
    }

    public record PlanReviewed(PlanId plan, MeetingId meeting) {
    }

    public record ImplementationReported(ReportId report, PlanId plan, PartyCode party, int year, ReportStatus status) {
    }

    public record InitiativeProposed(InitiativeId initiative, int year) {
    }

    public record InitiativeAdvanced(InitiativeId initiative, InitiativeStatus from, InitiativeStatus to) {
    }

    public record InitiativeRevised(InitiativeId initiative, int year) {
    }

    public record InterventionRevised(InterventionId intervention, MeetingId meeting, PartyCode party) {
    }

    public record SupportVoiced(InitiativeId initiative, PartyCode party) {
    }

    public record StandingIssueOpened(IssueId issue, String code) {
    }

    public record StandingIssueRevised(IssueId issue, String code) {
    }

    public record OutcomeReferenced(IssueId issue, String document) {
    }

    public record InterventionRecorded(InterventionId intervention, MeetingId meeting, PartyCode party) {
    }
}
