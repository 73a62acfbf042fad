package org.mufakat.platform.domain;

import java.time.LocalDate;

/**
 * A span of days, both ends inclusive; an open end (null) reaches into the unknown past or future.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Period from(LocalDate from) {
        return new Period(from, null);
    }

    public static Period always() {
        return new Period(null, null);
    }

    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    public boolean overlaps(Period other) {
        boolean startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
        boolean endsAfterOtherStarts = to == null || other.from == null || !to.isBefore(other.from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
