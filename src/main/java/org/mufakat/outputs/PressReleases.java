package org.mufakat.outputs;

import org.mufakat.meetings.MeetingId;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface PressReleases extends ListCrudRepository<PressRelease, PressReleaseId> {

    Optional<PressRelease> findByMeetingId(MeetingId meeting);
}
