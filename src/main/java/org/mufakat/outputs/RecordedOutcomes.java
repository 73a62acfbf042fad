package org.mufakat.outputs;

import org.mufakat.documents.DocumentRecords;
import org.mufakat.meetings.MeetingId;
import org.mufakat.outputs.OutcomeList.Outcome;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Where outcome lists get their rows: the documents module's decisions at a meeting. The documents API already leaves
 * out what the reader may not read (restricted papers outside their framework's table); of the rest, only what the
 * meeting made final (adopted, noted, signed, issued) is an outcome: a text agreed, endorsed, deferred or returned is
 * still under negotiation and stays off every list and export.
 */
@Component
class RecordedOutcomes {

    private final DocumentRecords documents;
    private final DocumentLabels labels;

    RecordedOutcomes(DocumentRecords documents, DocumentLabels labels) {
        this.documents = documents;
        this.labels = labels;
    }

    List<Outcome> of(MeetingId meeting) {
        return documents.outcomesOf(meeting).stream()
                .filter(outcome -> outcome.decision().publishes())
                .map(outcome -> new Outcome(outcome.document().value(), outcome.symbol(), labels.kind(outcome.kind()), outcome.title(),
                        outcome.decision(), outcome.version(), outcome.decidedOn()))
                .toList();
    }
}
