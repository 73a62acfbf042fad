package org.mufakat.commitments;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.List;

/**
 * A head of delegation's statement at a meeting, point by point, each point tagged to what it addresses. Without a
 * person, the speaker is the head of the party's delegation recorded at the meeting, unless {@code unnamed} says the
 * report names nobody.
 */
public record RecordIntervention(MeetingId meeting, PartyCode party, PersonId person, boolean unnamed, List<Point> points) {

    /** The speaker named, or the head of the party's delegation when {@code person} is null. */
    public RecordIntervention(MeetingId meeting, PartyCode party, PersonId person, List<Point> points) {
        this(meeting, party, person, false, points);
    }

    public RecordIntervention {
        var problems = new RuleViolation.Collector();
        problems.check(!unnamed || person == null, "person", "intervention.person.unnamedOrNamed",
                "Name the speaker or say that nobody is named, not both");
        problems.check(meeting != null, "meeting", "intervention.meeting.required", "Say at which meeting the statement was made");
        problems.check(party != null, "party", "intervention.party.required", "Say whose statement it is");
        problems.check(points != null && !points.isEmpty(), "points", "intervention.points.required", "A statement has at least one point");
        problems.check(points == null || points.size() <= 50, "points", "intervention.points.tooMany", "A statement has at most 50 points");
        problems.throwIfAny();
        points = List.copyOf(points);
    }

    public record Point(LocalizedText text, List<IssueId> issues, List<InitiativeId> initiatives, List<AreaRef> areas) {

        public Point {
            if (text == null) {
                throw RuleViolation.of("points", "intervention.point.text", "Each point needs its text");
            }
            issues = issues == null ? List.of() : List.copyOf(issues);
            initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
            areas = areas == null ? List.of() : List.copyOf(areas);
        }
    }

    /** A plan's area, by the plan and the area's number. */
    public record AreaRef(PlanId plan, int area) {

        public AreaRef {
            if (plan == null) {
                throw RuleViolation.of("points", "intervention.tag.planRequired", "A tagged area names its plan");
            }
        }
    }
}
