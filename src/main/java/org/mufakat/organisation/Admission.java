package org.mufakat.organisation;

import java.time.LocalDate;

/** A party admitted as a member on a date, recorded on top of the definition file's membership. */
public record Admission(PartyCode party, LocalDate admittedOn) {

    public Admission {
        if (party == null || admittedOn == null) {
            throw new IllegalArgumentException("An admission needs a party and a date");
        }
    }
}
