package org.mufakat.commitments;

import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.List;

/** A plan of action or work plan as its editor describes it: the whole of it, areas and action lines included. */
public record RecordPlan(LocalizedText title, FrameworkCode framework, int fromYear, int toYear, AdoptingDocument adoptedBy,
                         List<PlanArea> areas, List<ActionLine> actionLines) {

    public RecordPlan {
        var problems = new RuleViolation.Collector();
        problems.check(title != null, "title", "plan.title.required", "A plan needs a title");
        problems.check(framework != null, "framework", "plan.framework.required", "Say in which framework the plan runs");
        problems.check(fromYear >= 1967 && fromYear <= 2200, "fromYear", "plan.period.fromYear", "The first year is between 1967 and 2200", fromYear);
        problems.check(toYear >= fromYear, "toYear", "plan.period.reversed", "The period ends (" + toYear + ") before it starts (" + fromYear + ")", toYear, fromYear);
        problems.check(toYear - fromYear <= 30, "toYear", "plan.period.tooLong", "A plan runs at most 30 years");
        problems.throwIfAny();
        areas = areas == null ? List.of() : List.copyOf(areas);
        actionLines = actionLines == null ? List.of() : List.copyOf(actionLines);
    }
}
