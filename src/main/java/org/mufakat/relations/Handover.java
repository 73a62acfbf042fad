package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;

import java.time.LocalDate;

/** A partner's coordination passing from one member to another at the start of a term. */
public record Handover(PartyCode partner, PartyCode outgoing, PartyCode incoming, LocalDate on) {
}
