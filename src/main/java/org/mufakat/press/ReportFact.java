package org.mufakat.press;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Map;

/** A fact read from a report, with its sentence, and the reviewer's decision on it. Part of {@link Report}. */
@Table("press_fact")
class ReportFact {

    private final FactKind kind;
    private final int spanStart;
    private final int spanEnd;
    private final String sentence;
    private final String proposed;
    private String decided;
    private FactStatus status;
    private String decidedBy;
    private Instant decidedAt;

    @PersistenceCreator
    ReportFact(FactKind kind, int spanStart, int spanEnd, String sentence, String proposed, String decided, FactStatus status,
               String decidedBy, Instant decidedAt) {
        this.kind = kind;
        this.spanStart = spanStart;
        this.spanEnd = spanEnd;
        this.sentence = sentence;
        this.proposed = proposed;
        this.decided = decided;
        this.status = status;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    static ReportFact propose(FactValues.Proposed fact, String text) {
        Span span = fact.span();
        int end = Math.min(span.end(), text.length());
        int start = Math.min(span.start(), end);
        return new ReportFact(fact.kind(), start, end, text.substring(start, end), FactValues.write(fact.values()), null,
                FactStatus.PROPOSED, null, null);
    }

    void accept(Map<String, String> values, String by, Instant now) {
        decided = FactValues.write(values);
        status = FactStatus.ACCEPTED;
        decidedBy = by;
        decidedAt = now;
    }

    void reject(String by, Instant now) {
        status = FactStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
    }

    boolean decided() {
        return status != FactStatus.PROPOSED;
    }

    FactKind kind() {
        return kind;
    }

    Span span() {
        return new Span(spanStart, spanEnd);
    }

    String sentence() {
        return sentence;
    }

    Map<String, String> proposed() {
        return FactValues.read(proposed);
    }

    Map<String, String> decidedValues() {
        return FactValues.read(decided);
    }

    FactStatus status() {
        return status;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
