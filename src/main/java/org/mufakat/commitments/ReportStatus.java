package org.mufakat.commitments;

/** Where an activity reported under a plan stands. */
public enum ReportStatus {
    PLANNED, ONGOING, COMPLETED, DROPPED
}
