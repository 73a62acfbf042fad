package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;

import java.time.LocalDate;

/** The candidate of a roadmap was admitted as a member on the date; the organisation's membership follows. */
public record CandidateAdmitted(RoadmapId roadmap, PartyCode candidate, LocalDate admittedOn) {
}
