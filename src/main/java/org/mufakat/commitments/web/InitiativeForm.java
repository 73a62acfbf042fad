package org.mufakat.commitments.web;

import org.mufakat.commitments.InitiativeOccasion;
import org.mufakat.commitments.ProposeInitiative;
import org.mufakat.platform.domain.RuleViolation;

/** A new initiative, all text: what it says of itself, and where it was first raised. */
public class InitiativeForm extends InitiativeFields {

    private OccasionForm raised = new OccasionForm();

    ProposeInitiative toCommand() {
        var problems = new RuleViolation.Collector();
        Read read = read(problems);
        InitiativeOccasion occasion = null;
        try {
            occasion = raised.toOccasion();
        } catch (RuleViolation violation) {
            problems.addAll(violation);
        }
        problems.throwIfAny();
        return new ProposeInitiative(read.title(), read.description(), read.member(), read.byChair(), read.year(), occasion);
    }

    public OccasionForm getRaised() {
        return raised;
    }

    public void setRaised(OccasionForm raised) {
        this.raised = raised == null ? new OccasionForm() : raised;
    }
}
