package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;

import java.time.LocalDate;

/** A partner's relation reached, or was corrected to have reached, a level on a date. */
public record RelationLevelRecorded(PartyCode partner, PartnershipLevel level, LocalDate since) {
}
