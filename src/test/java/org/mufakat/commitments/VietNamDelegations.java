package org.mufakat.commitments;

import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.DelegationMember;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.HeadOfDelegation;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.RegisterDelegation;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.RegisterPerson;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** For tests of statements: an online SOM on a given day with Viet Nam's delegation, a head and a member of its own. */
public final class VietNamDelegations {

    public record AtSom(MeetingSummary meeting, PersonDetails head, PersonDetails member) {
    }

    private final MeetingCalendar calendar;
    private final PersonDirectory people;
    private final DelegationRegister delegations;
    private final CurrentActor actor;

    public VietNamDelegations(MeetingCalendar calendar, PersonDirectory people, DelegationRegister delegations, CurrentActor actor) {
        this.calendar = calendar;
        this.people = people;
        this.delegations = delegations;
        this.actor = actor;
    }

    public AtSom atSom(LocalDate day) {
        return actor.asSystem("viet-nam-delegations", () -> {
            MeetingSummary meeting = calendar.schedule(new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, null),
                    null, MeetingFormat.ONLINE, null, null, null, null, null, null, Set.of()));
            PersonDetails head = people.register(RegisterPerson.newPerson("Delegation Head " + UUID.randomUUID(), PartyCode.of("VNM"), List.of()));
            PersonDetails member = people.register(RegisterPerson.newPerson("Delegation Member " + UUID.randomUUID(), PartyCode.of("VNM"), List.of()));
            delegations.register(new RegisterDelegation(meeting.id(), PartyCode.of("VNM"),
                    new HeadOfDelegation(head.id(), null, LeadCapacity.OWN_RIGHT, null), List.of(new DelegationMember(member.id(), null))));
            return new AtSom(meeting, head, member);
        });
    }
}
