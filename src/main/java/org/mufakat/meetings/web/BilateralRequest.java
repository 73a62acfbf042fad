package org.mufakat.meetings.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.RecordBilateralMeeting;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.web.ApiInput;
import org.mufakat.platform.web.Bilingual;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A bilateral meeting on the sidelines.
 *
 * @param heldOn a day while the meeting runs; left out when not known
 */
record BilateralRequest(LocalDate heldOn, @Schema(example = "VNM") String party, UUID person,
                        @Schema(example = "JPN") String counterpartParty, UUID counterpartPerson, Bilingual subject) {

    RecordBilateralMeeting toCommand(MeetingId meeting) {
        return new RecordBilateralMeeting(meeting, heldOn, ApiInput.code("party", party, PartyCode::of),
                person == null ? null : new PersonId(person), ApiInput.code("counterpartParty", counterpartParty, PartyCode::of),
                counterpartPerson == null ? null : new PersonId(counterpartPerson), Bilingual.toText(subject));
    }
}
