package org.mufakat.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.PersonId;
import org.mufakat.platform.web.ApiInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * One person with every delegation they led or sat in. Served here, not beside the rest of the people API: the
 * meetings module knows people, and the people module must not know meetings (that would be a cycle).
 */
@RestController
@Tag(name = "People")
class PersonAppearancesApi {

    private final PersonDirectory people;
    private final DelegationRegister register;
    private final MeetingCalendar calendar;

    PersonAppearancesApi(PersonDirectory people, DelegationRegister register, MeetingCalendar calendar) {
        this.people = people;
        this.register = register;
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/people/{id}")
    @Operation(summary = "One person with their titles and the delegations they led or sat in, newest first; its ETag is the version")
    ResponseEntity<PersonRecordJson> person(@PathVariable UUID id) {
        PersonDetails person = people.get(new PersonId(id));
        return ResponseEntity.ok().eTag(ApiInput.etag(person.version()))
                .body(PersonRecordJson.of(person, register.appearancesOf(person.id()), calendar::summary));
    }
}
