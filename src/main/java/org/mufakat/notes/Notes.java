package org.mufakat.notes;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface Notes extends ListCrudRepository<Note, NoteId> {

    List<Note> findBySubjectTypeAndSubjectIdAndPartyCodeOrderByCreatedAt(String subjectType, UUID subjectId, String partyCode);
}
