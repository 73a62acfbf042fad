package org.mufakat.people;

import org.mufakat.organisation.PartyCode;

import java.util.List;

/** Registers a person, or (with {@code id} and {@code expectedVersion}) revises one. */
public record RegisterPerson(PersonId id, PersonName name, PartyCode party, List<DatedTitle> titles, Long expectedVersion) {

    public RegisterPerson {
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    public static RegisterPerson newPerson(String name, PartyCode party, List<DatedTitle> titles) {
        return new RegisterPerson(null, new PersonName(name), party, titles, null);
    }
}
