package org.mufakat.relations;

import org.mufakat.access.AccessPolicy;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.organisation.Role;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation's relations with its dialogue partners: the levels each reached and when, and the anniversaries
 * they mark, counted from the start of the dialogue relations (the first recorded level).
 */
@Service
public class DialogueRelations {

    static final int DEFAULT_ANNIVERSARY_EVERY = 5;

    private final Relations relations;
    private final RelationsDefinition definition;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final Revisions revisions;
    private final ApplicationEventPublisher events;

    DialogueRelations(Relations relations, RelationsDefinition definition, Organisation organisation, AccessPolicy access,
                      Revisions revisions, ApplicationEventPublisher events) {
        this.relations = relations;
        this.definition = definition;
        this.organisation = organisation;
        this.access = access;
        this.revisions = revisions;
        this.events = events;
    }

    /** The dialogue partners, in the alphabetical order of their names, each with its relation (empty when none recorded). */
    @Transactional(readOnly = true)
    public List<RelationView> all() {
        Map<PartyCode, RelationView> recorded = relations.all().stream().map(DialogueRelation::view)
                .collect(Collectors.toMap(RelationView::partner, Function.identity()));
        return partners().stream().map(p -> recorded.getOrDefault(p.code(), new RelationView(p.code(), List.of(), 0))).toList();
    }

    @Transactional(readOnly = true)
    public RelationView relation(PartyCode partner) {
        if (!isPartner(partner)) {
            throw new NotFound("dialogue partner", partner);
        }
        return relations.find(partner).map(DialogueRelation::view).orElse(new RelationView(partner, List.of(), 0));
    }

    /** The round-number anniversaries of the year, largest first. */
    @Transactional(readOnly = true)
    public List<Anniversary> anniversariesIn(int year) {
        int every = every();
        return all().stream().filter(r -> r.startedOn() != null)
                .map(r -> new Anniversary(r.partner(), year, r.yearsIn(year), r.startedOn()))
                .filter(a -> a.years() > 0 && a.years() % every == 0)
                .sorted((a, b) -> Integer.compare(b.years(), a.years()))
                .toList();
    }

    /** The next round-number anniversary of the relation from the year on (that year included). */
    public Optional<Anniversary> nextAnniversary(RelationView relation, int fromYear) {
        if (relation.startedOn() == null) {
            return Optional.empty();
        }
        int every = every();
        int years = Math.max(every, relation.yearsIn(fromYear));
        int round = ((years + every - 1) / every) * every;
        return Optional.of(new Anniversary(relation.partner(), relation.startedOn().getYear() + round, round, relation.startedOn()));
    }

    @Transactional
    public RelationView recordLevel(RecordLevel command) {
        access.require(access.mayRecordRelations(access.actor()), "record a level of relations with " + command.partner());
        if (!isPartner(command.partner())) {
            throw RuleViolation.of("partner", "relations.partner.notPartner", command.partner() + " is not a dialogue partner",
                    command.partner().value());
        }
        DialogueRelation relation = relations.find(command.partner()).orElseGet(() -> DialogueRelation.begin(command.partner()));
        revisions.checkVersion("relation", command.partner(), command.expectedVersion(), relation.version(), relation.fields());
        RelationLevelRecorded recorded = relation.record(new DatedLevel(command.level(), command.since(), command.source()));
        long version = relations.save(relation);
        revisions.record("relation", command.partner(), version, relation.fields());
        events.publishEvent(recorded);
        return new RelationView(relation.partner(), relation.levels(), version);
    }

    private int every() {
        return definition.current().map(RelationsDefinition.Section::anniversaryEvery).filter(n -> n > 0).orElse(DEFAULT_ANNIVERSARY_EVERY);
    }

    private List<Party> partners() {
        return organisation.parties().stream().filter(p -> isPartner(p.code())).toList();
    }

    private boolean isPartner(PartyCode code) {
        return organisation.membershipsOf(code).stream().anyMatch(m -> m.role() == Role.DIALOGUE_PARTNER);
    }
}
