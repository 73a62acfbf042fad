package org.mufakat.commitments;

import org.mufakat.commitments.CommitmentEvents.ImplementationReported;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a member or partner did in one year under a plan: an activity, the action lines it serves, its status. */
@Table("implementation_report")
class ImplementationReport extends AbstractAggregateRoot<ImplementationReport> {

    @Id
    private final ReportId id;
    @org.springframework.data.relational.core.mapping.Column("plan_of_action_id")
    private final PlanId planId;
    private int year;
    private final PartyCode partyCode;
    @Embedded.Empty(prefix = "activity_")
    private LocalizedText activity;
    private ReportStatus status;
    @MappedCollection(idColumn = "implementation_report_id")
    private Set<ReportedLine> lines;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    ImplementationReport(ReportId id, PlanId planId, int year, PartyCode partyCode, LocalizedText activity, ReportStatus status,
                         Set<ReportedLine> lines, Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.planId = planId;
        this.year = year;
        this.partyCode = partyCode;
        this.activity = activity;
        this.status = status;
        this.lines = new HashSet<>(lines);
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** Files a report against the plan: its year within the plan's period, each line one of the plan's. */
    static ImplementationReport file(Plan plan, ReportImplementation command, Instant now) {
        check(plan, command.year(), command.actionLines());
        var report = new ImplementationReport(ReportId.random(), plan.id(), command.year(), command.party(), command.activity(),
                command.status(), command.actionLines().stream().map(ReportedLine::new).collect(java.util.stream.Collectors.toSet()),
                null, now, now);
        report.registerEvent(new ImplementationReported(report.id, plan.id(), command.party(), command.year(), command.status()));
        return report;
    }

    void revise(Plan plan, ReportImplementation command, Instant now) {
        if (!command.party().equals(partyCode) || !command.plan().equals(planId)) {
            throw RuleViolation.of("party", "implementation.party.fixed", "A report stays with its plan and party");
        }
        check(plan, command.year(), command.actionLines());
        year = command.year();
        activity = command.activity();
        status = command.status();
        lines = command.actionLines().stream().map(ReportedLine::new).collect(java.util.stream.Collectors.toCollection(HashSet::new));
        updatedAt = now;
        registerEvent(new ImplementationReported(id, planId, partyCode, year, status));
    }

    private static void check(Plan plan, int year, Set<String> codes) {
        var problems = new RuleViolation.Collector();
        problems.check(plan.covers(year), "year", "plan.year.outsidePeriod",
                "A report for " + year + " lies outside the plan's period " + plan.fromYear() + "–" + plan.toYear(), year, plan.fromYear(), plan.toYear());
        codes.stream().filter(code -> plan.line(code).isEmpty()).sorted().forEach(code -> problems.add("actionLines",
                "implementation.actionLine.unknown", "The plan has no action line " + code, code));
        problems.throwIfAny();
    }

    ReportId id() {
        return id;
    }

    PlanId planId() {
        return planId;
    }

    int year() {
        return year;
    }

    PartyCode party() {
        return partyCode;
    }

    LocalizedText activity() {
        return activity;
    }

    ReportStatus status() {
        return status;
    }

    List<String> lines() {
        return lines.stream().map(ReportedLine::code).sorted(ActionLine::compare).toList();
    }

    long version() {
        return version == null ? 0 : version;
    }
}
