package org.mufakat.meetings;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface BilateralMeetings extends ListCrudRepository<BilateralMeeting, BilateralMeetingId> {

    List<BilateralMeeting> findByMeetingId(MeetingId meeting);
}
