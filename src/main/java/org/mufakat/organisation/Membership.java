package org.mufakat.organisation;

import org.mufakat.platform.domain.Period;

import java.time.LocalDate;

/** A party's standing, in the organisation or at a framework, over a period. */
public record Membership(PartyCode party, Role role, Period period) {

    public boolean isActiveAt(LocalDate date) {
        return period.contains(date);
    }
}
