package org.mufakat.notes;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

@Table("delegation_note")
class Note {

    static final int LONGEST = 20_000;

    @Id
    private final NoteId id;
    private final PartyCode partyCode;
    private final String subjectType;
    private final UUID subjectId;
    private String body;
    private String author;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Note(NoteId id, PartyCode partyCode, String subjectType, UUID subjectId, String body, String author, Long version,
         Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.partyCode = partyCode;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.body = body;
        this.author = author;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Note write(PartyCode party, NoteSubject subject, UUID subjectId, String body, String author, Instant now) {
        return new Note(new NoteId(UUID.randomUUID()), party, subject.name(), subjectId, checked(body), author, null, now, now);
    }

    void rewrite(String newBody, String by, Instant now) {
        body = checked(newBody);
        author = by;
        updatedAt = now;
    }

    private static String checked(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw RuleViolation.of("body", "note.body.required", "A note needs some text");
        }
        if (text.length() > LONGEST) {
            throw RuleViolation.of("body", "note.body.tooLong", "A note has at most " + LONGEST + " characters", LONGEST);
        }
        return text;
    }

    NoteId id() {
        return id;
    }

    PartyCode party() {
        return partyCode;
    }

    UUID subjectId() {
        return subjectId;
    }

    String body() {
        return body;
    }

    String author() {
        return author;
    }

    long version() {
        return version == null ? 0 : version;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
