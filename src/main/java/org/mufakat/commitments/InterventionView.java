package org.mufakat.commitments;

import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;

import java.util.List;

/** A statement as shown: the meeting, the party, the speaker and the points with what each addresses. */
public record InterventionView(InterventionId id, MeetingSummary meeting, PartyCode party, PersonId person, String speaker,
                               List<Point> points, long version) {

    public record Point(int number, LocalizedText text, List<IssueLabel> issues, List<InitiativeLabel> initiatives,
                        List<AreaLabel> areas) {
    }

    public record IssueLabel(IssueId id, String code, LocalizedText title) {
    }

    public record InitiativeLabel(InitiativeId id, LocalizedText title) {
    }

    public record AreaLabel(PlanId plan, LocalizedText planTitle, int number, LocalizedText title) {
    }
}
