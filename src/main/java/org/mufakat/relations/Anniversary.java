package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;

import java.time.LocalDate;

/** A round number of years of relations, marked in its year ("35 years of ASEAN-Korea relations", 2024). */
public record Anniversary(PartyCode partner, int year, int years, LocalDate startedOn) {
}
