package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A partner's relation with the organisation: its recorded levels in order; {@code startedOn} (the first level's
 * date, from which anniversaries count) is null while nothing is recorded.
 */
public record RelationView(PartyCode partner, List<DatedLevel> levels, long version) {

    public RelationView {
        levels = List.copyOf(levels);
    }

    public LocalDate startedOn() {
        return levels.isEmpty() ? null : levels.getFirst().since();
    }

    public Optional<DatedLevel> levelAt(LocalDate date) {
        return levels.stream().filter(l -> !l.since().isAfter(date)).reduce((first, second) -> second);
    }

    /** Whole years of relations completed in the year (counted from the year they began), 0 when none. */
    public int yearsIn(int year) {
        return startedOn() == null ? 0 : Math.max(0, year - startedOn().getYear());
    }
}
