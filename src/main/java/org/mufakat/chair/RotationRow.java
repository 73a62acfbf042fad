package org.mufakat.chair;

import org.mufakat.organisation.PartyCode;

import java.util.List;

/**
 * One year of the rotation: the chair on record (if any), what the rule expects, what the plain alphabetical
 * order alone would give, and the recorded decisions that explain the difference.
 */
public record RotationRow(int year, PartyCode recorded, PartyCode expected, PartyCode plainOrder,
                          List<RotationDecision> decisions) {

    /** History followed a recorded decision instead of the plain order. */
    public boolean explainedDeparture() {
        return !decisions.isEmpty();
    }

    /** The record disagrees with the rule and no decision explains it. */
    public boolean unexplainedDeparture() {
        return recorded != null && expected != null && !recorded.equals(expected);
    }
}
