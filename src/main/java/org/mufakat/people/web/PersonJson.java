package org.mufakat.people.web;

import org.mufakat.people.DatedTitle;
import org.mufakat.people.PersonDetails;
import org.mufakat.platform.web.Bilingual;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person on record, with the titles they held and when (open ends null).
 *
 * @param party   the party they belong to, or null
 * @param version also its ETag: the version to send back when revising them
 */
record PersonJson(UUID id, String name, String party, List<TitleJson> titles, long version) {

    record TitleJson(Bilingual title, LocalDate from, LocalDate to) {

        static TitleJson of(DatedTitle title) {
            return new TitleJson(Bilingual.of(title.title()), title.period().from(), title.period().to());
        }
    }

    static PersonJson of(PersonDetails person) {
        return new PersonJson(person.id().value(), person.name(), person.party() == null ? null : person.party().value(),
                person.titles().stream().map(TitleJson::of).toList(), person.version());
    }
}
