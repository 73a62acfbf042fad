package org.mufakat.chair.web;

import org.mufakat.chair.RotationDecision;
import org.mufakat.chair.RotationRow;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.web.Bilingual;

import java.util.List;

/**
 * One year of the rotation.
 *
 * @param recorded             the chair on record, or null
 * @param expected             the chair the rule expects once the recorded decisions are applied
 * @param plainOrder           the chair the plain alphabetical order alone would give
 * @param decisions            the recorded decisions that explain a departure from the plain order
 * @param unexplainedDeparture the record disagrees with the rule and no decision explains it
 */
record RotationRowJson(int year, String recorded, String expected, String plainOrder, List<DecisionJson> decisions,
                       boolean explainedDeparture, boolean unexplainedDeparture) {

    record DecisionJson(RotationDecision.Kind kind, int year, Integer otherYear, String party, Bilingual note) {
    }

    static RotationRowJson of(RotationRow row) {
        return new RotationRowJson(row.year(), code(row.recorded()), code(row.expected()), code(row.plainOrder()),
                row.decisions().stream().map(d -> new DecisionJson(d.kind(), d.year(), d.otherYear(), code(d.party()),
                        Bilingual.of(d.note()))).toList(),
                row.explainedDeparture(), row.unexplainedDeparture());
    }

    private static String code(PartyCode party) {
        return party == null ? null : party.value();
    }
}
