package org.mufakat.commitments;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.LinkedHashSet;
import java.util.Set;

/** An implementation report as its author files it. */
public record ReportImplementation(PlanId plan, int year, PartyCode party, LocalizedText activity, Set<String> actionLines,
                                   ReportStatus status) {

    public ReportImplementation {
        var problems = new RuleViolation.Collector();
        problems.check(plan != null, "plan", "implementation.plan.required", "Say which plan the report is for");
        problems.check(party != null, "party", "implementation.party.required", "Say who reports");
        problems.check(activity != null, "activity", "implementation.activity.required", "Describe the activity");
        problems.check(status != null, "status", "implementation.status.required", "Say where the activity stands");
        problems.check(actionLines != null && !actionLines.isEmpty(), "actionLines", "implementation.actionLines.required",
                "Name at least one action line the activity serves");
        problems.throwIfAny();
        actionLines = Set.copyOf(new LinkedHashSet<>(actionLines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
        if (actionLines.isEmpty()) {
            throw RuleViolation.of("actionLines", "implementation.actionLines.required", "Name at least one action line the activity serves");
        }
    }
}
