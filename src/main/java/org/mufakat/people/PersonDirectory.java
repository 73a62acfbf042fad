package org.mufakat.people;

import org.mufakat.access.AccessPolicy;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.Folding;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people on record: register, revise, find by name ignoring case and diacritics. */
@Service
public class PersonDirectory {

    private static final String REVISION_TYPE = "person";

    private final People people;
    private final Organisation organisation;
    private final Revisions revisions;
    private final AccessPolicy access;
    private final Clock clock;

    PersonDirectory(People people, Organisation organisation, Revisions revisions, AccessPolicy access, Clock clock) {
        this.people = people;
        this.organisation = organisation;
        this.revisions = revisions;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<PersonDetails> find(PersonId id) {
        return people.findById(id).map(PersonDirectory::details);
    }

    public PersonDetails get(PersonId id) {
        return find(id).orElseThrow(() -> new NotFound("person", id));
    }

    @Transactional(readOnly = true)
    public Map<PersonId, PersonDetails> findAll(Collection<PersonId> ids) {
        Map<PersonId, PersonDetails> found = new LinkedHashMap<>();
        people.findAllById(ids).forEach(person -> found.put(person.id(), details(person)));
        return found;
    }

    /** People whose name matches exactly once case and diacritics are ignored. */
    @Transactional(readOnly = true)
    public List<PersonDetails> findByName(String name) {
        return people.findByNameKey(Folding.fold(name)).stream().map(PersonDirectory::details).toList();
    }

    @Transactional(readOnly = true)
    public List<PersonDetails> search(String query, int limit) {
        String key = Folding.fold(query == null ? "" : query);
        if (key.isEmpty()) {
            return List.of();
        }
        return people.search(key, Math.max(1, Math.min(limit, 100))).stream().map(PersonDirectory::details).toList();
    }

    @Transactional(readOnly = true)
    public List<PersonDetails> all(int limit) {
        return people.firstByName(Math.max(1, limit)).stream().map(PersonDirectory::details).toList();
    }

    @Transactional(readOnly = true)
    public List<PersonDetails> ofParty(PartyCode party) {
        return people.findByPartyCodeOrderByName(party.value()).stream().map(PersonDirectory::details).toList();
    }

    @Transactional
    public PersonDetails register(RegisterPerson command) {
        access.require(access.mayRecordPerson(access.actor(), command.party()), "record people of " + command.party());
        if (command.party() != null && organisation.findParty(command.party()).isEmpty()) {
            throw RuleViolation.of("party", "person.party.unknown", "There is no party " + command.party(), command.party());
        }
        Person person;
        if (command.id() == null) {
            person = Person.register(command.name(), command.party(), command.titles(), clock.instant());
        } else {
            person = people.findById(command.id()).orElseThrow(() -> new NotFound("person", command.id()));
            access.require(access.mayRecordPerson(access.actor(), person.party()), "revise people of " + person.party());
            if (command.expectedVersion() == null) {
                throw RuleViolation.of("version", "edit.version.required", "Say which version you edited");
            }
            revisions.checkVersion(REVISION_TYPE, person.id(), command.expectedVersion(), person.version(), fields(details(person)));
            person.revise(command.name(), command.party(), command.titles(), clock.instant());
        }
        Person saved;
        try {
            saved = people.save(person);
        } catch (OptimisticLockingFailureException e) {
            PersonDetails current = get(person.id());
            throw new EditConflict(REVISION_TYPE, command.expectedVersion(), current.version(),
                    revisions.changes(REVISION_TYPE, person.id(), command.expectedVersion(), fields(current)));
        }
        PersonDetails details = details(saved);
        revisions.record(REVISION_TYPE, saved.id(), saved.version(), fields(details));
        return details;
    }

    private static PersonDetails details(Person person) {
        return new PersonDetails(person.id(), person.name(), person.party(), person.titles(), person.version());
    }

    private static Map<String, String> fields(PersonDetails person) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", person.name());
        fields.put("party", person.party() == null ? null : person.party().value());
        for (int i = 0; i < person.titles().size(); i++) {
            DatedTitle title = person.titles().get(i);
            fields.put("titles[" + i + "]", title.title().en() + " (" + title.period().from() + " – " + title.period().to() + ")");
        }
        return fields;
    }
}
