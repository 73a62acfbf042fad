package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An outcome document: its identity and symbol for life, and the number of its current version. The texts, the
 * path, positions and decisions live beside it (append-only); saving a version or deciding goes through here, so
 * that the optimistic lock on {@code version} orders them.
 */
@Table("document")
class Document extends AbstractAggregateRoot<Document> {

    @Id
    private final DocumentId id;
    private final String symbol;
    private final DocumentKind kind;
    private final FrameworkCode frameworkCode;
    private final int year;
    private final int number;
    @Embedded.Empty(prefix = "title_")
    private LocalizedText title;
    private final PartyCode leadCode;
    private final Classification classification;
    private final boolean flexibleParticipation;
    private boolean published;
    private int currentVersion;
    private final LocalDate participationDate;
    @Version
    private Long version;
    private final String registeredBy;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Document(DocumentId id, String symbol, DocumentKind kind, FrameworkCode frameworkCode, int year, int number, LocalizedText title,
             PartyCode leadCode, Classification classification, boolean flexibleParticipation, boolean published, int currentVersion,
             LocalDate participationDate, Long version, String registeredBy, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.symbol = symbol;
        this.kind = kind;
        this.frameworkCode = frameworkCode;
        this.year = year;
        this.number = number;
        this.title = title;
        this.leadCode = leadCode;
        this.classification = classification;
        this.flexibleParticipation = flexibleParticipation;
        this.published = published;
        this.currentVersion = currentVersion;
        this.participationDate = participationDate;
        this.version = version;
        this.registeredBy = registeredBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Document register(RegisterDocument command, int number, LocalDate participationDate, String by, Instant now) {
        int year = participationDate.getYear();
        String symbol = command.framework().value() + "/" + year + "/" + command.kind().abbreviation() + "/" + number;
        Document document = new Document(DocumentId.random(), symbol, command.kind(), command.framework(), year, number, command.title(),
                command.lead(), command.classification(), command.flexibleParticipation(), false, 0, participationDate, null, by, now, now);
        document.registerEvent(new DocumentRegistered(document.id));
        return document;
    }

    /** Takes the next version number for a text edited from {@code base}; the caller has checked that base is current. */
    int recordVersion(Instant now) {
        if (published) {
            throw RuleViolation.of("text", "document.text.final", symbol + " is final (adopted, noted, signed or issued): its text no longer changes", symbol);
        }
        currentVersion++;
        updatedAt = now;
        registerEvent(new DocumentVersionSaved(id, currentVersion));
        return currentVersion;
    }

    void decide(MeetingId meeting, Decision decision, int decidedVersion, Instant now) {
        if (decidedVersion != currentVersion) {
            throw RuleViolation.of("version", "decision.version.notUnderConsideration",
                    "Version " + decidedVersion + " is not the one under consideration (version " + currentVersion + ")", decidedVersion, currentVersion);
        }
        if (published) {
            throw RuleViolation.of("decision", "decision.document.final", symbol + " is already final", symbol);
        }
        if (decision.publishes()) {
            published = true;
        }
        updatedAt = now;
        registerEvent(new DocumentDecisionRecorded(id, meeting, decision, decidedVersion));
        if (decision == Decision.ADOPTED) {
            registerEvent(new DocumentAdopted(id, meeting, decidedVersion));
        }
    }

    DocumentId id() {
        return id;
    }

    String symbol() {
        return symbol;
    }

    DocumentKind kind() {
        return kind;
    }

    FrameworkCode framework() {
        return frameworkCode;
    }

    int year() {
        return year;
    }

    LocalizedText title() {
        return title;
    }

    PartyCode lead() {
        return leadCode;
    }

    Classification classification() {
        return classification;
    }

    boolean flexibleParticipation() {
        return flexibleParticipation;
    }

    boolean published() {
        return published;
    }

    int currentVersion() {
        return currentVersion;
    }

    LocalDate participationDate() {
        return participationDate;
    }

    long version() {
        return version == null ? 0 : version;
    }

    String registeredBy() {
        return registeredBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
