package org.mufakat.relations;

import java.time.LocalDate;

/** A level a relation reached on a date, with the source that says so. */
public record DatedLevel(PartnershipLevel level, LocalDate since, String source) {

    public DatedLevel {
        if (level == null || since == null) {
            throw new IllegalArgumentException("A level needs its kind and its date");
        }
        source = source == null || source.isBlank() ? null : source.strip();
    }
}
