package org.mufakat.meetings;

/** What happens to meetings, in the past tense, for other modules to react to. */
public final class MeetingEvents {

    private MeetingEvents() {
    }

    public record MeetingScheduled(MeetingId meeting, SeriesCode series, org.mufakat.organisation.FrameworkCode framework,
                                   MeetingDates dates) {
    }

    public record MeetingRescheduled(MeetingId meeting, MeetingDates from, MeetingDates to) {
    }

    public record MeetingRevised(MeetingId meeting) {
    }

    public record MeetingStatusChanged(MeetingId meeting, MeetingStatus from, MeetingStatus to) {
    }

    public record DelegationRegistered(DelegationId delegation, MeetingId meeting, org.mufakat.organisation.PartyCode party) {
    }

    public record HeadOfDelegationNamed(DelegationId delegation, MeetingId meeting, org.mufakat.organisation.PartyCode party,
                                        org.mufakat.people.PersonId head) {
    }

    public record BilateralMeetingRecorded(BilateralMeetingId bilateral, MeetingId meeting) {
    }
}
