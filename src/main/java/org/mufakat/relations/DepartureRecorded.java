package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.Period;

import java.util.UUID;

/** A decision overriding the rotation was recorded: the coordinator holds the partner over the period. */
public record DepartureRecorded(UUID id, PartyCode partner, PartyCode coordinator, Period period) {
}
