package org.mufakat.meetings;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface Delegations extends ListCrudRepository<Delegation, DelegationId> {

    List<Delegation> findByMeetingId(MeetingId meeting);

    Optional<Delegation> findByMeetingIdAndPartyCode(MeetingId meeting, String party);
}
