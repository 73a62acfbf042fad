package org.mufakat.people;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record PersonId(UUID value) implements Identifier {

    public PersonId {
        if (value == null) {
            throw new IllegalArgumentException("A person id needs a value");
        }
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    public static PersonId parse(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
