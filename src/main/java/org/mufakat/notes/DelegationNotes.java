package org.mufakat.notes;

import org.mufakat.access.AccessPolicy;
import org.mufakat.access.Actor;
import org.mufakat.documents.DocumentId;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A delegation's private notes on a meeting or an outcome document. Only officers of that delegation's party read or write them; to
 * anyone else they do not exist (a note asked for by id answers "not found", never "forbidden").
 */
@Service
public class DelegationNotes {

    private final Notes notes;
    private final MeetingCalendar calendar;
    private final DocumentRecords documents;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final Clock clock;

    DelegationNotes(Notes notes, MeetingCalendar calendar, DocumentRecords documents, Organisation organisation, AccessPolicy access,
                    Clock clock) {
        this.notes = notes;
        this.calendar = calendar;
        this.documents = documents;
        this.organisation = organisation;
        this.access = access;
        this.clock = clock;
    }

    /** The parties whose notes the current actor may keep: those they are an officer of. */
    public List<PartyCode> partiesOfActor() {
        Actor actor = access.actor();
        return organisation.parties().stream().map(p -> p.code()).filter(code -> access.mayReadNotesOf(actor, code)).toList();
    }

    @Transactional(readOnly = true)
    public Map<PartyCode, List<NoteView>> onMeeting(MeetingId meeting) {
        return on(NoteSubject.MEETING, meeting.value());
    }

    /** A document's notes; a document the actor may not read is "not found", as everywhere else. */
    @Transactional(readOnly = true)
    public Map<PartyCode, List<NoteView>> onDocument(DocumentId document) {
        documents.find(document).orElseThrow(() -> new NotFound("document", document));
        return on(NoteSubject.DOCUMENT, document.value());
    }

    @Transactional
    public NoteView write(MeetingId meeting, PartyCode party, String body) {
        Actor actor = access.actor();
        access.require(access.mayReadNotesOf(actor, party), "write notes of " + party);
        calendar.summary(meeting).orElseThrow(() -> new NotFound("meeting", meeting));
        return view(notes.save(Note.write(party, NoteSubject.MEETING, meeting.value(), body, actor.name(), clock.instant())));
    }

    @Transactional
    public NoteView write(DocumentId document, PartyCode party, String body) {
        Actor actor = access.actor();
        documents.find(document).orElseThrow(() -> new NotFound("document", document));
        access.require(access.mayReadNotesOf(actor, party), "write notes of " + party);
        return view(notes.save(Note.write(party, NoteSubject.DOCUMENT, document.value(), body, actor.name(), clock.instant())));
    }

    private Map<PartyCode, List<NoteView>> on(NoteSubject subject, java.util.UUID id) {
        var result = new java.util.LinkedHashMap<PartyCode, List<NoteView>>();
        for (PartyCode party : partiesOfActor()) {
            result.put(party, notes.findBySubjectTypeAndSubjectIdAndPartyCodeOrderByCreatedAt(subject.name(), id, party.value())
                    .stream().map(DelegationNotes::view).toList());
        }
        return result;
    }

    @Transactional
    public NoteView rewrite(NoteId id, String body, long expectedVersion) {
        Actor actor = access.actor();
        Note note = notes.findById(id).filter(n -> access.mayReadNotesOf(actor, n.party()))
                .orElseThrow(() -> new NotFound("note", id));
        if (note.version() != expectedVersion) {
            throw new EditConflict("note", expectedVersion, note.version(),
                    List.of(new EditConflict.FieldChange("body", null, note.body())));
        }
        note.rewrite(body, actor.name(), clock.instant());
        return view(notes.save(note));
    }

    private static NoteView view(Note note) {
        return new NoteView(note.id(), note.party(), note.body(), note.author(), note.updatedAt(), note.version());
    }
}
