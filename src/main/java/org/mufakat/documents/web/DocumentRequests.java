package org.mufakat.documents.web;

import org.mufakat.documents.AmendmentOperation;
import org.mufakat.documents.Classification;
import org.mufakat.documents.Decision;
import org.mufakat.documents.DocumentKind;
import org.mufakat.documents.Position;
import org.mufakat.platform.web.Bilingual;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** The bodies the documents API reads. */
final class DocumentRequests {

    private DocumentRequests() {
    }

    /** {@code lead}: a member state's code, or null for the Chair; {@code path}: meeting ids in order; {@code text}: first version. */
    record Register(DocumentKind kind, String framework, Bilingual title, String lead, Classification classification,
                    Boolean flexibleParticipation, List<UUID> path, String text, String note) {
    }

    /**
     * The record as revised, replacing titles, lead (null: the Chair), classification and path (meeting ids in date
     * order); {@code version}: the record's version edited (or send it as If-Match).
     */
    record Revise(Long version, Bilingual title, String lead, Classification classification, List<UUID> path) {
    }

    /** {@code baseVersion}: the version edited (0 when the document has none yet). */
    record Text(Integer baseVersion, String text, String note) {
    }

    record Restore(Integer baseVersion, String note) {
    }

    record Amend(String party, Integer baseVersion, String paragraph, AmendmentOperation operation, String proposedText, String reason) {
    }

    /** {@code version}: the amendment's version seen (optional). */
    record Settle(Long version) {
    }

    record PositionTaken(UUID meeting, String party, Position position, List<String> paragraphs, LocalDate confirmBy,
                         LocalDate confirmedOn, String note) {
    }

    record Decide(UUID meeting, Decision decision, Integer version, Boolean adReferendum, String note) {
    }

    /** {@code deadline}: local date and time in {@code zone} (an IANA zone such as Asia/Vientiane). */
    record Silence(UUID meeting, Integer version, LocalDateTime deadline, String zone) {
    }

    record BreakSilence(String party, String reason) {
    }
}
