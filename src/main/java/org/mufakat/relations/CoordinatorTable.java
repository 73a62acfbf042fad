package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.Period;

import java.util.List;

/**
 * Coordinators per partner and term, from the first term the rule knows to the forecast ones. A cell holds more
 * than one coordinatorship when a decision covers part of a term.
 */
public record CoordinatorTable(List<Term> terms, List<Row> rows) {

    public enum Tense { PAST, CURRENT, FORECAST }

    public record Term(int index, Period period, Tense tense) {

        /** "2024–27" */
        public String label() {
            return period.from().getYear() + "–" + String.format("%02d", period.to().getYear() % 100);
        }
    }

    public record Row(PartyCode partner, List<List<Coordinatorship>> cells) {
    }
}
