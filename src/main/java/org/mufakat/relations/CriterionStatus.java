package org.mufakat.relations;

/** How far a candidate stands on one criterion of its roadmap; UNKNOWN where no source says. */
public enum CriterionStatus {
    NOT_STARTED, IN_PROGRESS, MET, UNKNOWN
}
