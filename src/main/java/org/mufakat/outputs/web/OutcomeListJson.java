package org.mufakat.outputs.web;

import org.mufakat.outputs.Decision;
import org.mufakat.outputs.OutcomeList;
import org.mufakat.platform.web.Bilingual;

import java.time.LocalDate;
import java.util.List;

/** A meeting's outcome list: what it adopted, noted, signed or issued, each naming the version decided on. */
record OutcomeListJson(Bilingual meeting, LocalDate startDate, LocalDate endDate, Bilingual place, List<OutcomeJson> outcomes) {

    record OutcomeJson(String symbol, Bilingual kind, Bilingual title, Decision decision, int version, LocalDate decidedOn) {
    }

    static OutcomeListJson of(OutcomeList list) {
        return new OutcomeListJson(Bilingual.of(list.meetingTitle()), list.startDate(), list.endDate(), Bilingual.of(list.place()),
                list.outcomes().stream().map(o -> new OutcomeJson(o.symbol(), Bilingual.of(o.kind()), Bilingual.of(o.title()), o.decision(),
                        o.version(), o.decidedOn())).toList());
    }
}
