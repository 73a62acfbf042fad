package org.mufakat.outputs;

import org.mufakat.documents.Decision;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What a meeting adopted, noted, signed or issued, in the order of the record: the list printed after a meeting. */
public record OutcomeList(LocalizedText meetingTitle, LocalDate startDate, LocalDate endDate, LocalizedText place,
                          List<Outcome> outcomes) {

    public OutcomeList {
        Objects.requireNonNull(meetingTitle, "meetingTitle");
        Objects.requireNonNull(startDate, "startDate");
        endDate = endDate == null ? startDate : endDate;
        outcomes = List.copyOf(outcomes);
    }

    /**
     * One document and the meeting's decision on it, naming the version the decision applies to.
     *
     * @param document the document's id, to link its printed versions; null where the list was not read from the record
     */
    public record Outcome(java.util.UUID document, String symbol, LocalizedText kind, LocalizedText title, Decision decision, int version, LocalDate decidedOn) {
        public Outcome {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(decision, "decision");
        }
    }
}
