package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.Period;

/** A member coordinating the relations with a partner over a period, by the rule or by a recorded decision. */
public record Coordinatorship(PartyCode partner, PartyCode coordinator, Period period, Basis basis, LocalizedText note) {

    public enum Basis { RULE, DECISION }
}
