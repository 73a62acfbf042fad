package org.mufakat.commitments;

import org.mufakat.commitments.CommitmentEvents.InitiativeAdvanced;
import org.mufakat.commitments.CommitmentEvents.InitiativeProposed;
import org.mufakat.commitments.CommitmentEvents.InitiativeRevised;
import org.mufakat.commitments.CommitmentEvents.SupportVoiced;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A member's or a Chair's initiative: its status follows the occasions where it was raised, welcomed, endorsed or
 * held, in the order of their dates, and never goes back.
 */
@Table("initiative")
class Initiative extends AbstractAggregateRoot<Initiative> {

    @Id
    private final InitiativeId id;
    @Embedded.Empty(prefix = "title_")
    private LocalizedText title;
    @Embedded.Nullable(prefix = "description_")
    private LocalizedText description;
    private PartyCode proposerPartyCode;
    private Integer proposerChairYear;
    private int year;
    private InitiativeStatus status;
    @MappedCollection(idColumn = "initiative_id", keyColumn = "position")
    private List<InitiativeOccasion> occasions;
    @MappedCollection(idColumn = "initiative_id")
    private Set<InitiativeSupport> supporters;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Initiative(InitiativeId id, LocalizedText title, LocalizedText description, PartyCode proposerPartyCode, Integer proposerChairYear,
               int year, InitiativeStatus status, List<InitiativeOccasion> occasions, Set<InitiativeSupport> supporters, Long version,
               Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.proposerPartyCode = proposerPartyCode;
        this.proposerChairYear = proposerChairYear;
        this.year = year;
        this.status = status;
        this.occasions = new ArrayList<>(occasions);
        this.supporters = new HashSet<>(supporters);
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Initiative propose(ProposeInitiative command, Instant now) {
        // The record may begin later than the proposal itself: the first occasion known sets the status.
        var initiative = new Initiative(InitiativeId.random(), command.title(), command.description(), command.proposer(),
                command.byChair() ? command.year() : null, command.year(), command.raised().status(), List.of(command.raised()),
                Set.of(), null, now, now);
        initiative.registerEvent(new InitiativeProposed(initiative.id, command.year()));
        return initiative;
    }

    /** Records an occasion; its status must fit between the statuses of the occasions before and after it. */
    void record(InitiativeOccasion occasion, Instant now) {
        List<InitiativeOccasion> next = new ArrayList<>(occasions);
        next.add(occasion);
        next.sort(Comparator.comparing(InitiativeOccasion::on));
        InitiativeStatus previous = null;
        for (InitiativeOccasion o : next) {
            if (previous != null && !o.status().isAtLeast(previous)) {
                throw RuleViolation.of("status", "initiative.status.backwards",
                        "An initiative " + previous + " by " + o.on() + " cannot be " + o.status() + " then: it never goes back",
                        previous, o.on(), o.status());
            }
            previous = o.status();
        }
        if (next.getFirst().on().isBefore(occasions.getFirst().on())) {
            throw RuleViolation.of("on", "initiative.occasion.beforeProposal",
                    "The initiative was first raised on " + occasions.getFirst().on() + ": nothing happened to it before", occasions.getFirst().on());
        }
        InitiativeStatus from = status;
        occasions = next;
        status = next.getLast().status();
        updatedAt = now;
        if (from != status) {
            registerEvent(new InitiativeAdvanced(id, from, status));
        }
    }

    /**
     * Corrects what was recorded of the proposal itself; its history stays. The year it was proposed cannot lie after
     * the first occasion known.
     */
    void revise(ReviseInitiative command, Instant now) {
        int firstYear = occasions().getFirst().on().getYear();
        if (command.year() > firstYear) {
            throw RuleViolation.of("year", "initiative.year.afterOccasion",
                    "The initiative was raised in " + firstYear + ": it cannot have been proposed later", firstYear);
        }
        title = command.title();
        description = command.description();
        proposerPartyCode = command.proposer();
        proposerChairYear = command.byChair() ? command.year() : null;
        year = command.year();
        updatedAt = now;
        registerEvent(new InitiativeRevised(id, year));
    }

    void support(InitiativeSupport support, Instant now) {
        if (supporters.stream().anyMatch(s -> s.partyCode().equals(support.partyCode()))) {
            throw RuleViolation.of("party", "initiative.support.repeated", support.partyCode() + " already supports it", support.partyCode());
        }
        supporters.add(support);
        updatedAt = now;
        registerEvent(new SupportVoiced(id, support.partyCode()));
    }

    InitiativeId id() {
        return id;
    }

    LocalizedText title() {
        return title;
    }

    LocalizedText description() {
        return description;
    }

    PartyCode proposer() {
        return proposerPartyCode;
    }

    boolean byChair() {
        return proposerChairYear != null;
    }

    int year() {
        return year;
    }

    InitiativeStatus status() {
        return status;
    }

    List<InitiativeOccasion> occasions() {
        return occasions.stream().sorted(Comparator.comparing(InitiativeOccasion::on)).toList();
    }

    List<InitiativeSupport> supporters() {
        return supporters.stream().sorted(Comparator.comparing(s -> s.partyCode().value())).toList();
    }

    long version() {
        return version == null ? 0 : version;
    }
}
