package org.mufakat.search;

import org.mufakat.organisation.Organisation;
import org.mufakat.people.DatedTitle;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.PersonId;
import org.mufakat.people.PersonRegistered;
import org.mufakat.people.PersonRevised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** People in the index, one entry per language: the name as written, their country, and the titles they held and when. */
@Component
class PersonSource implements SearchSource {

    private final PersonDirectory people;
    private final Organisation organisation;
    private final IndexEntries index;

    PersonSource(PersonDirectory people, Organisation organisation, IndexEntries index) {
        this.people = people;
        this.organisation = organisation;
        this.index = index;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.PERSON;
    }

    @Override
    public List<String> refs() {
        return people.all(Integer.MAX_VALUE).stream().map(person -> person.id().toString()).toList();
    }

    @Override
    public List<IndexEntry> entries(String ref) {
        return people.find(PersonId.parse(ref)).map(this::entries).orElse(List.of());
    }

    private List<IndexEntry> entries(PersonDetails person) {
        List<IndexEntry> entries = new ArrayList<>();
        for (String language : MeetingSource.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            List<String> parts = new ArrayList<>();
            if (person.party() != null) {
                organisation.findParty(person.party()).ifPresent(party -> parts.add(party.name(locale)));
            }
            for (DatedTitle title : person.titles().reversed()) {
                String from = title.period().from() == null ? "" : String.valueOf(title.period().from().getYear());
                String to = title.period().to() == null ? "" : String.valueOf(title.period().to().getYear());
                parts.add(title.title().in(locale) + (from.isEmpty() && to.isEmpty() ? "" : " (" + from + "–" + to + ")"));
            }
            entries.add(new IndexEntry(SearchKind.PERSON, person.id().toString(), language, person.name(), String.join(" · ", parts),
                    "/people/" + person.id(), null, Visibility.PUBLIC));
        }
        return entries;
    }

    @ApplicationModuleListener
    void on(PersonRegistered event) {
        refresh(event.person());
    }

    @ApplicationModuleListener
    void on(PersonRevised event) {
        refresh(event.person());
    }

    private void refresh(PersonId person) {
        index.replace(kind(), person.toString(), entries(person.toString()));
    }
}
