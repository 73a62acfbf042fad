package org.mufakat.meetings;

import org.springframework.data.repository.ListCrudRepository;

interface Meetings extends ListCrudRepository<Meeting, MeetingId> {
}
