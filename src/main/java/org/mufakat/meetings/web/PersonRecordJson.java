package org.mufakat.meetings.web;

import org.mufakat.meetings.DelegationRegister.Appearance;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.people.PersonDetails;
import org.mufakat.platform.web.Bilingual;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A person with the titles they held and the delegations they appeared in.
 *
 * @param version also its ETag: the version to send back when revising them (PUT /api/v1/people/{id})
 */
record PersonRecordJson(UUID id, String name, String party, List<HeldTitleJson> titles, long version,
                        List<AppearanceJson> appearances) {

    record HeldTitleJson(Bilingual title, LocalDate from, LocalDate to) {
    }

    /**
     * @param led      whether they headed the delegation (else they were a member)
     * @param capacity in which capacity they led; null for members
     * @param title    their title as head, or their role as member, at that meeting
     */
    record AppearanceJson(UUID delegation, UUID meeting, Bilingual meetingTitle, LocalDate startDate, String party, boolean led,
                          LeadCapacity capacity, Bilingual title) {
    }

    static PersonRecordJson of(PersonDetails person, List<Appearance> appearances,
                               Function<MeetingId, Optional<MeetingSummary>> meetings) {
        return new PersonRecordJson(person.id().value(), person.name(), person.party() == null ? null : person.party().value(),
                person.titles().stream().map(t -> new HeldTitleJson(Bilingual.of(t.title()), t.period().from(), t.period().to())).toList(),
                person.version(),
                appearances.stream().map(a -> {
                    Optional<MeetingSummary> meeting = meetings.apply(a.meeting());
                    return new AppearanceJson(a.delegation().value(), a.meeting().value(),
                            meeting.map(m -> Bilingual.of(m.title())).orElse(null),
                            meeting.map(m -> m.dates().startDate()).orElse(null), a.party().value(), a.led(),
                            a.led() ? a.capacity() : null, Bilingual.of(a.title()));
                }).toList());
    }
}
