package org.mufakat.access;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record AccountId(UUID value) implements Identifier {

    public AccountId {
        if (value == null) {
            throw new IllegalArgumentException("An account id needs a value");
        }
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
