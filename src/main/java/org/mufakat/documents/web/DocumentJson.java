package org.mufakat.documents.web;

import org.mufakat.documents.AmendmentOperation;
import org.mufakat.documents.AmendmentStatus;
import org.mufakat.documents.AmendmentView;
import org.mufakat.documents.Classification;
import org.mufakat.documents.ConsensusMatrix;
import org.mufakat.documents.Decision;
import org.mufakat.documents.DecisionView;
import org.mufakat.documents.DocumentKind;
import org.mufakat.documents.DocumentView;
import org.mufakat.documents.Outcome;
import org.mufakat.documents.Position;
import org.mufakat.documents.SilenceStatus;
import org.mufakat.documents.SilenceView;
import org.mufakat.documents.Stage;
import org.mufakat.documents.TextBlock;
import org.mufakat.documents.TextComparison;
import org.mufakat.documents.VersionSummary;
import org.mufakat.documents.VersionView;
import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.web.Bilingual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A document in the JSON API. {@code lead} is null when the Chair leads; {@code currentVersion} 0 before any text;
 * {@code path} the meetings it travels through, in order; {@code version} the record's version (also its ETag), to send
 * back when revising the record.
 */
record DocumentJson(UUID id, String symbol, DocumentKind kind, String framework, int year, Bilingual title, String lead,
                    Classification classification, boolean flexibleParticipation, boolean published, int currentVersion,
                    List<UUID> path, LocalDate participationDate, String registeredBy, Instant registeredAt, Instant updatedAt,
                    long version) {

    static DocumentJson of(DocumentView d) {
        return new DocumentJson(d.id().value(), d.symbol(), d.kind(), d.framework().value(), d.year(), Bilingual.of(d.title()),
                d.lead() == null ? null : d.lead().value(), d.classification(), d.flexibleParticipation(), d.published(), d.currentVersion(),
                d.path().stream().map(MeetingId::value).toList(), d.participationDate(), d.registeredBy(), d.registeredAt(), d.updatedAt(),
                d.version());
    }

    /** A block of text: part (PREAMBLE, OPERATIVE, ANNEX), annex number, kind (HEADING, ANNEX_TITLE, PARAGRAPH), label, number. */
    record Block(TextBlock.Part part, int annex, TextBlock.Kind kind, String label, int number, String text) {

        static Block of(TextBlock b) {
            return b == null ? null : new Block(b.part(), b.annex(), b.kind(), b.label(), b.number(), b.text());
        }
    }

    /** A version: its text as typed ({@code markup}) and as structured blocks. */
    record Version(int number, String author, Instant savedAt, String note, Integer restoredFrom, String markup, List<Block> blocks) {

        static Version of(VersionView v) {
            return new Version(v.number(), v.author(), v.savedAt(), v.note(), v.restoredFrom(), v.text().markup(),
                    v.text().blocks().stream().map(Block::of).toList());
        }
    }

    record VersionEntry(int number, String author, Instant savedAt, String note, Integer restoredFrom) {

        static VersionEntry of(VersionSummary v) {
            return new VersionEntry(v.number(), v.author(), v.savedAt(), v.note(), v.restoredFrom());
        }
    }

    record Segment(TextComparison.Change change, String text) {
    }

    record Change(TextComparison.Change change, Block before, Block after, List<Segment> words) {
    }

    record Comparison(int from, int to, List<Change> changes) {

        static Comparison of(TextComparison c) {
            return new Comparison(c.from(), c.to(), c.changes().stream().map(ch -> new Change(ch.change(), Block.of(ch.before()),
                    Block.of(ch.after()), ch.words().stream().map(w -> new Segment(w.change(), w.text())).toList())).toList());
        }
    }

    record Amendment(UUID id, String party, int baseVersion, String paragraph, String paragraphText, AmendmentOperation operation,
                     String proposedText, String reason, AmendmentStatus status, String proposedBy, Instant proposedAt, String settledBy,
                     Instant settledAt, Integer appliedInVersion, long version) {

        static Amendment of(AmendmentView a) {
            return new Amendment(a.id().value(), a.party().value(), a.baseVersion(), a.paragraph(), a.paragraphText(), a.operation(),
                    a.proposedText(), a.reason(), a.status(), a.proposedBy(), a.proposedAt(), a.settledBy(), a.settledAt(),
                    a.appliedInVersion(), a.version());
        }
    }

    record Row(String party, Position position, List<String> paragraphs, LocalDate confirmBy, LocalDate confirmedOn, String note,
               String recordedBy, Instant recordedAt) {

        static Row of(ConsensusMatrix.Row r) {
            return new Row(r.party().value(), r.position(), r.paragraphs(), r.confirmBy(), r.confirmedOn(), r.note(), r.recordedBy(),
                    r.recordedAt());
        }
    }

    /** The matrix; {@code partial} when the reader may see only some states' positions (then consensus says nothing). */
    record Matrix(UUID meeting, int version, boolean flexibleParticipation, boolean partial, boolean consensus,
                  boolean consensusAdReferendum, List<String> outstanding, List<Row> rows) {

        static Matrix of(ConsensusMatrix m) {
            return new Matrix(m.meeting().value(), m.version(), m.flexibleParticipation(), m.partial(), m.consensus(),
                    m.consensusAdReferendum(), m.partial() ? List.of() : m.outstanding().stream().map(p -> p.value()).toList(),
                    m.rows().stream().map(Row::of).toList());
        }
    }

    record DecisionEntry(UUID meeting, Decision decision, boolean adReferendum, int version, LocalDate decidedOn, Instant decidedAt,
                         String note, boolean bySilence, String recordedBy, Instant recordedAt) {

        static DecisionEntry of(DecisionView d) {
            return new DecisionEntry(d.meeting().value(), d.decision(), d.adReferendum(), d.version(), d.decidedOn(), d.decidedAt(),
                    d.note(), d.bySilence(), d.recordedBy(), d.recordedAt());
        }
    }

    record StageEntry(UUID meeting, Bilingual meetingTitle, LocalDate startDate, boolean current, List<DecisionEntry> decisions) {

        static StageEntry of(Stage s) {
            return new StageEntry(s.meeting().id().value(), Bilingual.of(s.meeting().title()), s.meeting().dates().startDate(), s.current(),
                    s.decisions().stream().map(DecisionEntry::of).toList());
        }
    }

    record Silence(UUID id, UUID meeting, int version, Instant deadline, String zone, SilenceStatus status, String startedBy,
                   Instant startedAt, String brokenBy, String brokenReason, Instant brokenAt, Instant closedAt) {

        static Silence of(SilenceView s) {
            return new Silence(s.id().value(), s.meeting().value(), s.version(), s.deadline(), s.zone().getId(), s.status(), s.startedBy(),
                    s.startedAt(), s.brokenBy() == null ? null : s.brokenBy().value(), s.brokenReason(), s.brokenAt(), s.closedAt());
        }
    }

    record OutcomeEntry(UUID document, String symbol, DocumentKind kind, Bilingual title, Classification classification,
                        Decision decision, int version, LocalDate decidedOn) {

        static OutcomeEntry of(Outcome o) {
            return new OutcomeEntry(o.document().value(), o.symbol(), o.kind(), Bilingual.of(o.title()), o.classification(), o.decision(),
                    o.version(), o.decidedOn());
        }
    }
}
