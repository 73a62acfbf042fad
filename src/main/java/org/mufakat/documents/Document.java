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
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    private PartyCode leadCode;
    private Classification classification;
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

    /**
     * Revises what was registered: titles, lead, classification and the path (kept beside the record, hence given
     * old and new). The symbol stays, so the path must still start in its year; a meeting that decided on the
     * document stays on the path ({@code decidedAt}: those meetings with their names); a final document's record
     * no longer changes.
     */
    void reviseRecord(LocalizedText newTitle, PartyCode newLead, Classification newClassification, List<MeetingId> oldPath,
                      List<MeetingId> newPath, LocalDate newPathStart, Map<MeetingId, String> decidedAt, Instant now) {
        if (published) {
            throw RuleViolation.of("document", "document.record.final", symbol + " is final (adopted, noted, signed or issued): its record no longer changes", symbol);
        }
        var problems = new RuleViolation.Collector();
        decidedAt.forEach((meeting, name) -> problems.check(newPath.contains(meeting), "path", "document.path.decidedStays",
                name + " has already decided on " + symbol + ": it stays on the path", name, symbol));
        problems.check(newPathStart == null || newPathStart.getYear() == year, "path", "document.path.otherYear",
                "The path must start in " + year + ", the year in the symbol " + symbol, String.valueOf(year), symbol);
        problems.throwIfAny();
        if (newTitle.equals(title) && Objects.equals(newLead, leadCode) && newClassification == classification && newPath.equals(oldPath)) {
            throw RuleViolation.of("document", "document.record.unchanged", "Nothing was changed");
        }
        title = newTitle;
        leadCode = newLead;
        classification = newClassification;
        updatedAt = now;
        registerEvent(new DocumentRecordRevised(id));
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
