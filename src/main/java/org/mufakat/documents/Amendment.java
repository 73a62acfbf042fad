package org.mufakat.documents;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A state's proposed change to one paragraph; settled once (accepted, rejected, overtaken, withdrawn), never deleted. */
@Table("document_amendment")
class Amendment {

    @Id
    private final AmendmentId id;
    private final DocumentId documentId;
    private final PartyCode partyCode;
    private final int baseVersion;
    private final String paragraph;
    private final String paragraphText;
    private final AmendmentOperation operation;
    private final String proposedText;
    private final String reason;
    private AmendmentStatus status;
    private final String proposedBy;
    private final Instant proposedAt;
    private String settledBy;
    private Instant settledAt;
    private Integer appliedInVersion;
    @Version
    private Long version;

    @PersistenceCreator
    Amendment(AmendmentId id, DocumentId documentId, PartyCode partyCode, int baseVersion, String paragraph, String paragraphText,
              AmendmentOperation operation, String proposedText, String reason, AmendmentStatus status, String proposedBy,
              Instant proposedAt, String settledBy, Instant settledAt, Integer appliedInVersion, Long version) {
        this.id = id;
        this.documentId = documentId;
        this.partyCode = partyCode;
        this.baseVersion = baseVersion;
        this.paragraph = paragraph;
        this.paragraphText = paragraphText;
        this.operation = operation;
        this.proposedText = proposedText;
        this.reason = reason;
        this.status = status;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.settledBy = settledBy;
        this.settledAt = settledAt;
        this.appliedInVersion = appliedInVersion;
        this.version = version;
    }

    static Amendment propose(ProposeAmendment command, TextBlock target, String by, Instant now) {
        return new Amendment(AmendmentId.random(), command.document(), command.party(), command.baseVersion(), target.label(),
                target.text(), command.operation(), command.proposedText(), command.reason(), AmendmentStatus.PROPOSED, by, now,
                null, null, null, null);
    }

    void accept(int appliedIn, String by, Instant now) {
        settle(AmendmentStatus.ACCEPTED, by, now);
        appliedInVersion = appliedIn;
    }

    void settle(AmendmentStatus outcome, String by, Instant now) {
        if (status != AmendmentStatus.PROPOSED) {
            throw RuleViolation.of("status", "amendment.settled", "This amendment is already " + status.name().toLowerCase(java.util.Locale.ROOT),
                    status);
        }
        if (outcome == AmendmentStatus.PROPOSED) {
            throw new IllegalArgumentException("An amendment is settled to an outcome, not back to proposed");
        }
        status = outcome;
        settledBy = by;
        settledAt = now;
    }

    AmendmentView view() {
        return new AmendmentView(id, documentId, partyCode, baseVersion, paragraph, paragraphText, operation, proposedText, reason,
                status, proposedBy, proposedAt, settledBy, settledAt, appliedInVersion, version == null ? 0 : version);
    }

    AmendmentId id() {
        return id;
    }

    DocumentId document() {
        return documentId;
    }

    PartyCode party() {
        return partyCode;
    }

    String paragraph() {
        return paragraph;
    }

    String paragraphText() {
        return paragraphText;
    }

    AmendmentOperation operation() {
        return operation;
    }

    String proposedText() {
        return proposedText;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
