package org.mufakat.people;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.Folding;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Table("person")
class Person extends AbstractAggregateRoot<Person> {

    @Id
    private final PersonId id;
    private String name;
    private String nameKey;
    private PartyCode partyCode;
    @MappedCollection(idColumn = "person_id", keyColumn = "position")
    private List<DatedTitle> titles;
    @Version
    private Long version;
    private Instant updatedAt;

    @PersistenceCreator
    Person(PersonId id, String name, String nameKey, PartyCode partyCode, List<DatedTitle> titles, Long version, Instant updatedAt) {
        this.id = id;
        this.name = name;
        this.nameKey = nameKey;
        this.partyCode = partyCode;
        this.titles = new ArrayList<>(titles);
        this.version = version;
        this.updatedAt = updatedAt;
    }

    static Person register(PersonName name, PartyCode party, List<DatedTitle> titles, Instant now) {
        var person = new Person(PersonId.random(), name.value(), Folding.fold(name.value()), party, titles, null, now);
        person.registerEvent(new PersonRegistered(person.id, name.value(), party));
        return person;
    }

    void revise(PersonName name, PartyCode party, List<DatedTitle> titles, Instant now) {
        this.name = name.value();
        this.nameKey = Folding.fold(name.value());
        this.partyCode = party;
        this.titles = new ArrayList<>(titles);
        this.updatedAt = now;
        registerEvent(new PersonRevised(id));
    }

    PersonId id() {
        return id;
    }

    String name() {
        return name;
    }

    PartyCode party() {
        return partyCode;
    }

    List<DatedTitle> titles() {
        return List.copyOf(titles);
    }

    long version() {
        return version == null ? 0 : version;
    }
}
