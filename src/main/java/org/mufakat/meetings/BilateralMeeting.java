package org.mufakat.meetings;

import org.mufakat.meetings.MeetingEvents.BilateralMeetingRecorded;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Two parties' heads meeting on the sidelines of a meeting. */
@Table("bilateral_meeting")
class BilateralMeeting extends AbstractAggregateRoot<BilateralMeeting> {

    @Id
    private final BilateralMeetingId id;
    private final MeetingId meetingId;
    private final LocalDate heldOn;
    private final PartyCode partyCode;
    private final PersonId personId;
    private final PartyCode counterpartPartyCode;
    private final PersonId counterpartPersonId;
    @Embedded.Nullable(prefix = "subject_")
    private final LocalizedText subject;
    @Version
    private Long version;
    private final Instant updatedAt;

    @PersistenceCreator
    BilateralMeeting(BilateralMeetingId id, MeetingId meetingId, LocalDate heldOn, PartyCode partyCode, PersonId personId,
                     PartyCode counterpartPartyCode, PersonId counterpartPersonId, LocalizedText subject, Long version,
                     Instant updatedAt) {
        this.id = id;
        this.meetingId = meetingId;
        this.heldOn = heldOn;
        this.partyCode = partyCode;
        this.personId = personId;
        this.counterpartPartyCode = counterpartPartyCode;
        this.counterpartPersonId = counterpartPersonId;
        this.subject = subject;
        this.version = version;
        this.updatedAt = updatedAt;
    }

    static BilateralMeeting record(RecordBilateralMeeting command, Instant now) {
        var bilateral = new BilateralMeeting(BilateralMeetingId.random(), command.meeting(), command.heldOn(), command.party(),
                command.person(), command.counterpartParty(), command.counterpartPerson(), command.subject(), null, now);
        bilateral.registerEvent(new BilateralMeetingRecorded(bilateral.id, command.meeting()));
        return bilateral;
    }

    BilateralMeetingId id() {
        return id;
    }

    MeetingId meeting() {
        return meetingId;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    PartyCode party() {
        return partyCode;
    }

    PersonId person() {
        return personId;
    }

    PartyCode counterpartParty() {
        return counterpartPartyCode;
    }

    PersonId counterpartPerson() {
        return counterpartPersonId;
    }

    LocalizedText subject() {
        return subject;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
