package org.mufakat.organisation;

import java.time.LocalDate;

/**
 * A party's membership changed in the running system (an admission recorded); {@code previousDate} is the date it
 * replaced, if any. Published in the recording transaction; the snapshot follows once it commits.
 */
public record MembershipChanged(PartyCode party, LocalDate admittedOn, LocalDate previousDate) {
}
