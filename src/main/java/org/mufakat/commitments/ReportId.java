package org.mufakat.commitments;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record ReportId(UUID value) implements Identifier {

    public ReportId {
        if (value == null) {
            throw new IllegalArgumentException("An id of a implementation report needs a value");
        }
    }

    public static ReportId random() {
        return new ReportId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
