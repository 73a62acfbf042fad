package org.mufakat.commitments;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface Interventions extends ListCrudRepository<Intervention, InterventionId> {

    List<Intervention> findByMeetingId(MeetingId meeting);

    List<Intervention> findByPartyCode(PartyCode party);
}
