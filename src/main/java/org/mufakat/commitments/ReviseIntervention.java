package org.mufakat.commitments;

import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.RuleViolation;

import java.util.List;

/**
 * A correction of a statement: who spoke ({@code person}, null when the report names nobody) and its points with
 * their tags, all of them as they should stand. The meeting and the party stay.
 */
public record ReviseIntervention(PersonId person, List<RecordIntervention.Point> points) {

    public ReviseIntervention {
        var problems = new RuleViolation.Collector();
        problems.check(points != null && !points.isEmpty(), "points", "intervention.points.required", "A statement has at least one point");
        problems.check(points == null || points.size() <= 50, "points", "intervention.points.tooMany", "A statement has at most 50 points");
        problems.throwIfAny();
        points = List.copyOf(points);
    }
}
