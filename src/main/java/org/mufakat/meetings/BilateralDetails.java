package org.mufakat.meetings;

import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;

public record BilateralDetails(BilateralMeetingId id, MeetingId meeting, LocalDate heldOn, PartyCode party, PersonId person,
                               String personName, PartyCode counterpartParty, PersonId counterpartPerson,
                               String counterpartName, LocalizedText subject) {
}
