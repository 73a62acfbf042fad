package org.mufakat.commitments;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record IssueId(UUID value) implements Identifier {

    public IssueId {
        if (value == null) {
            throw new IllegalArgumentException("An id of a standing issue needs a value");
        }
    }

    public static IssueId random() {
        return new IssueId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
