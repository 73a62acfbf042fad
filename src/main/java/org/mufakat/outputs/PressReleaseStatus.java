package org.mufakat.outputs;

/** A press release is drafted and revised by the Chair's secretariat until it is issued; then it never changes. */
public enum PressReleaseStatus {
    DRAFT, ISSUED
}
