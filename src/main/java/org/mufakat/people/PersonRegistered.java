package org.mufakat.people;

import org.mufakat.organisation.PartyCode;

public record PersonRegistered(PersonId person, String name, PartyCode party) {
}
