package org.mufakat.commitments.web;

import org.mufakat.commitments.InitiativeView;
import org.mufakat.commitments.ReviseInitiative;
import org.mufakat.platform.domain.RuleViolation;

/** The correction of what an initiative says of itself, over the version the editor loaded. */
public class InitiativeRevisionForm extends InitiativeFields {

    private Long version;

    static InitiativeRevisionForm of(InitiativeView initiative) {
        InitiativeRevisionForm form = new InitiativeRevisionForm();
        form.setTitleEn(initiative.title().en());
        form.setTitleVi(initiative.title().vi());
        if (initiative.description() != null) {
            form.setDescriptionEn(initiative.description().en());
            form.setDescriptionVi(initiative.description().vi());
        }
        form.setProposer(initiative.byChair() ? CHAIR : initiative.proposer().value());
        form.setYear(String.valueOf(initiative.year()));
        form.version = initiative.version();
        return form;
    }

    ReviseInitiative toCommand() {
        var problems = new RuleViolation.Collector();
        Read read = read(problems);
        problems.throwIfAny();
        return new ReviseInitiative(read.title(), read.description(), read.member(), read.byChair(), read.year());
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
