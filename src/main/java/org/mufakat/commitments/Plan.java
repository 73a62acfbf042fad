package org.mufakat.commitments;

import org.mufakat.commitments.CommitmentEvents.PlanRecorded;
import org.mufakat.commitments.CommitmentEvents.PlanReviewed;
import org.mufakat.commitments.CommitmentEvents.PlanRevised;
import org.mufakat.commitments.CommitmentEvents.ProposalMade;
import org.mufakat.organisation.FrameworkCode;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A plan of action or work plan: its period, areas and numbered action lines, partners' proposals and reviews. */
@Table("plan_of_action")
class Plan extends AbstractAggregateRoot<Plan> {

    @Id
    private final PlanId id;
    @Embedded.Empty(prefix = "title_")
    private LocalizedText title;
    private FrameworkCode frameworkCode;
    private int fromYear;
    private int toYear;
    @Embedded.Nullable(prefix = "adopted_")
    private AdoptingDocument adoptedBy;
    @MappedCollection(idColumn = "plan_of_action_id")
    private Set<PlanArea> areas;
    @MappedCollection(idColumn = "plan_of_action_id")
    private Set<ActionLine> actionLines;
    @MappedCollection(idColumn = "plan_of_action_id", keyColumn = "position")
    private List<PartnerProposal> proposals;
    @MappedCollection(idColumn = "plan_of_action_id", keyColumn = "position")
    private List<PlanReview> reviews;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Plan(PlanId id, LocalizedText title, FrameworkCode frameworkCode, int fromYear, int toYear, AdoptingDocument adoptedBy,
         Set<PlanArea> areas, Set<ActionLine> actionLines, List<PartnerProposal> proposals, List<PlanReview> reviews,
         Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.title = title;
        this.frameworkCode = frameworkCode;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.adoptedBy = adoptedBy;
        this.areas = new HashSet<>(areas);
        this.actionLines = new HashSet<>(actionLines);
        this.proposals = new ArrayList<>(proposals);
        this.reviews = new ArrayList<>(reviews);
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Plan record(RecordPlan command, Instant now) {
        var plan = new Plan(PlanId.random(), command.title(), command.framework(), command.fromYear(), command.toYear(),
                command.adoptedBy(), Set.of(), Set.of(), List.of(), List.of(), null, now, now);
        plan.apply(command, now);
        plan.registerEvent(new PlanRecorded(plan.id));
        return plan;
    }

    void revise(RecordPlan command, Set<String> linesReported, Set<Integer> areasTagged, Instant now) {
        var problems = new RuleViolation.Collector();
        Set<Integer> keptAreas = new HashSet<>(command.areas().stream().map(PlanArea::number).toList());
        Set<String> keptLines = new HashSet<>(command.actionLines().stream().map(ActionLine::code).toList());
        linesReported.stream().filter(code -> !keptLines.contains(code)).sorted(ActionLine::compare).forEach(code ->
                problems.add("actionLines", "plan.actionLine.reported", "Action line " + code + " has implementation reports: it cannot be removed", code));
        areasTagged.stream().filter(n -> !keptAreas.contains(n)).sorted().forEach(n ->
                problems.add("areas", "plan.area.inUse", "Area " + n + " has interventions or proposals: it cannot be removed", n));
        for (PartnerProposal proposal : proposals) {
            if (!keptAreas.contains(proposal.areaNumber())) {
                problems.add("areas", "plan.area.inUse", "Area " + proposal.areaNumber() + " has interventions or proposals: it cannot be removed",
                        proposal.areaNumber());
            }
            if (proposal.year() < command.fromYear() || proposal.year() > command.toYear()) {
                problems.add("toYear", "plan.period.excludesProposal", "A proposal of " + proposal.year() + " would fall outside the period", proposal.year());
            }
        }
        problems.throwIfAny();
        apply(command, now);
        registerEvent(new PlanRevised(id));
    }

    /** The period cannot shrink below reported years: the caller says which years have reports. */
    void checkPeriodCovers(Set<Integer> reportedYears) {
        var problems = new RuleViolation.Collector();
        reportedYears.stream().filter(y -> y < fromYear || y > toYear).sorted().forEach(y ->
                problems.add("toYear", "plan.period.excludesReports", "Reports of " + y + " would fall outside the period " + fromYear + "–" + toYear, y, fromYear, toYear));
        problems.throwIfAny();
    }

    private void apply(RecordPlan command, Instant now) {
        var problems = new RuleViolation.Collector();
        Set<Integer> numbers = new LinkedHashSet<>();
        for (PlanArea area : command.areas()) {
            if (!numbers.add(area.number())) {
                problems.add("areas", "plan.area.repeated", "Area " + area.number() + " is listed twice", area.number());
            }
        }
        Set<String> codes = new HashSet<>();
        for (ActionLine line : command.actionLines()) {
            if (!codes.add(line.code())) {
                problems.add("actionLines", "plan.actionLine.repeated", "Action line " + line.code() + " is listed twice", line.code());
            }
            if (!numbers.contains(line.areaNumber())) {
                problems.add("actionLines", "plan.actionLine.outsideAreas",
                        "Action line " + line.code() + " lies outside the plan's areas: there is no area " + line.areaNumber(), line.code(), line.areaNumber());
            }
        }
        problems.throwIfAny();
        title = command.title();
        frameworkCode = command.framework();
        fromYear = command.fromYear();
        toYear = command.toYear();
        adoptedBy = command.adoptedBy();
        areas = new HashSet<>(command.areas());
        actionLines = new HashSet<>(command.actionLines());
        updatedAt = now;
    }

    void propose(PartnerProposal proposal, Instant now) {
        var problems = new RuleViolation.Collector();
        problems.check(area(proposal.areaNumber()).isPresent(), "area", "plan.proposal.noArea",
                "The plan has no area " + proposal.areaNumber(), proposal.areaNumber());
        problems.check(covers(proposal.year()), "year", "plan.year.outsidePeriod",
                proposal.year() + " lies outside the plan's period " + fromYear + "–" + toYear, proposal.year(), fromYear, toYear);
        problems.throwIfAny();
        proposals.add(proposal);
        updatedAt = now;
        registerEvent(new ProposalMade(id, proposal.partyCode(), proposal.areaNumber(), proposal.year()));
    }

    void review(PlanReview review, Instant now) {
        if (reviews.stream().anyMatch(r -> r.meetingId().equals(review.meetingId()))) {
            throw RuleViolation.of("meeting", "plan.review.repeated", "That meeting's review is already recorded");
        }
        reviews.add(review);
        updatedAt = now;
        registerEvent(new PlanReviewed(id, review.meetingId()));
    }

    boolean covers(int year) {
        return year >= fromYear && year <= toYear;
    }

    Optional<PlanArea> area(int number) {
        return areas.stream().filter(a -> a.number() == number).findFirst();
    }

    Optional<ActionLine> line(String code) {
        return actionLines.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    PlanId id() {
        return id;
    }

    LocalizedText title() {
        return title;
    }

    FrameworkCode framework() {
        return frameworkCode;
    }

    int fromYear() {
        return fromYear;
    }

    int toYear() {
        return toYear;
    }

    AdoptingDocument adoptedBy() {
        return adoptedBy;
    }

    List<PlanArea> areas() {
        return areas.stream().sorted(Comparator.comparingInt(PlanArea::number)).toList();
    }

    List<ActionLine> actionLines() {
        return actionLines.stream().sorted((a, b) -> ActionLine.compare(a.code(), b.code())).toList();
    }

    List<PartnerProposal> proposals() {
        return List.copyOf(proposals);
    }

    List<PlanReview> reviews() {
        return List.copyOf(reviews);
    }

    long version() {
        return version == null ? 0 : version;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
