package org.mufakat.commitments;

import org.mufakat.access.AccessPolicy;
import org.mufakat.documents.DocumentId;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentView;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.organisation.Role;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans of action and work plans: records them, files members' and partners' implementation reports, proposals and
 * the meetings' reviews, and tells how far each plan has come by area and year. Plans are public.
 */
@Service
public class PlanRegister {

    static final String REVISION_TYPE = "plan";
    static final String REPORT_REVISION_TYPE = "implementation-report";

    private final Plans plans;
    private final ImplementationReports reports;
    private final MeetingCalendar calendar;
    private final DocumentRecords documents;
    private final Organisation organisation;
    private final Revisions revisions;
    private final AccessPolicy access;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanRegister(Plans plans, ImplementationReports reports, MeetingCalendar calendar, DocumentRecords documents, Organisation organisation,
                 Revisions revisions, AccessPolicy access, JdbcClient jdbc, Clock clock) {
        this.plans = plans;
        this.reports = reports;
        this.calendar = calendar;
        this.documents = documents;
        this.organisation = organisation;
        this.revisions = revisions;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> plans() {
        return plans.findAll().stream().map(this::summary)
                .sorted(Comparator.comparing((PlanSummary p) -> p.framework().value()).thenComparing(PlanSummary::fromYear, Comparator.reverseOrder()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PlanDetails> plan(PlanId id) {
        return plans.findById(id).map(this::details);
    }

    public PlanDetails get(PlanId id) {
        return plan(id).orElseThrow(() -> new NotFound("plan", id));
    }

    @Transactional
    public PlanSummary record(RecordPlan command) {
        access.require(access.mayRecordCommitments(access.actor()), "record plans of action");
        checkFramework(command.framework());
        checkAdoptingDocument(command.adoptedBy());
        return save(Plan.record(command, clock.instant()), null);
    }

    @Transactional
    public PlanSummary revise(PlanId id, RecordPlan command, Long expectedVersion) {
        access.require(access.mayRecordCommitments(access.actor()), "revise plans of action");
        Plan plan = load(id);
        if (expectedVersion == null) {
            throw RuleViolation.of("version", "edit.version.required", "Say which version of the plan you edited");
        }
        revisions.checkVersion(REVISION_TYPE, id, expectedVersion, plan.version(), fields(plan));
        checkFramework(command.framework());
        checkAdoptingDocument(command.adoptedBy());
        List<ImplementationReport> filed = reports.findByPlanIdOrderByYearAsc(id);
        Set<String> reported = filed.stream().flatMap(r -> r.lines().stream()).collect(Collectors.toSet());
        plan.revise(command, reported, areasTagged(id), clock.instant());
        plan.checkPeriodCovers(filed.stream().map(ImplementationReport::year).collect(Collectors.toSet()));
        return save(plan, expectedVersion);
    }

    @Transactional
    public ReportView report(ReportImplementation command) {
        access.require(access.mayReportFor(access.actor(), command.party()), "report implementation for " + command.party());
        Plan plan = load(command.plan());
        checkAtTable(plan, command.party(), command.year(), "party");
        ImplementationReport report = reports.save(ImplementationReport.file(plan, command, clock.instant()));
        revisions.record(REPORT_REVISION_TYPE, report.id(), report.version(), fields(report));
        return view(report);
    }

    @Transactional
    public ReportView reviseReport(ReportId id, ReportImplementation command, Long expectedVersion) {
        ImplementationReport report = reports.findById(id).orElseThrow(() -> new NotFound("implementation report", id));
        access.require(access.mayReportFor(access.actor(), report.party()), "revise implementation reports of " + report.party());
        if (expectedVersion == null) {
            throw RuleViolation.of("version", "edit.version.required", "Say which version of the report you edited");
        }
        revisions.checkVersion(REPORT_REVISION_TYPE, id, expectedVersion, report.version(), fields(report));
        Plan plan = load(report.planId());
        report.revise(plan, command, clock.instant());
        ImplementationReport saved;
        try {
            saved = reports.save(report);
        } catch (OptimisticLockingFailureException e) {
            ImplementationReport current = reports.findById(id).orElseThrow();
            throw new EditConflict(REPORT_REVISION_TYPE, expectedVersion, current.version(),
                    revisions.changes(REPORT_REVISION_TYPE, id, expectedVersion, fields(current)));
        }
        revisions.record(REPORT_REVISION_TYPE, saved.id(), saved.version(), fields(saved));
        return view(saved);
    }

    /** Whether the actor may revise the report: the area's drill-down links to its form only then. */
    public boolean mayReviseReport(ReportView report) {
        return access.mayReportFor(access.actor(), report.party());
    }

    /** Refuses (403, audited) who may not revise the report: for forms that read their input first. */
    @Transactional(readOnly = true)
    public void requireReportReviser(ReportId id) {
        ReportView report = findReport(id).orElseThrow(() -> new NotFound("implementation report", id));
        access.require(mayReviseReport(report), "revise implementation reports of " + report.party());
    }

    @Transactional(readOnly = true)
    public Optional<ReportView> findReport(ReportId id) {
        return reports.findById(id).map(PlanRegister::view);
    }

    @Transactional(readOnly = true)
    public List<ReportView> reports(PlanId plan) {
        load(plan);
        return reports.findByPlanIdOrderByYearAsc(plan).stream().map(PlanRegister::view)
                .sorted(Comparator.comparingInt(ReportView::year).thenComparing(r -> r.party().value())).toList();
    }

    @Transactional
    public PlanDetails propose(PlanId id, PartyCode party, int area, int year, LocalizedText title) {
        access.require(access.mayReportFor(access.actor(), party), "make proposals for " + party);
        Plan plan = load(id);
        if (title == null) {
            throw RuleViolation.of("title", "plan.proposal.title.required", "Say what is proposed");
        }
        Role role = organisation.seatAt(plan.framework(), party, LocalDate.of(year, 7, 1)).orElse(null);
        if (role != Role.DIALOGUE_PARTNER && role != Role.PARTICIPANT) {
            throw RuleViolation.of("party", "plan.proposal.notPartner",
                    party + " is no partner at the " + plan.framework() + " table in " + year, party, plan.framework(), year);
        }
        plan.propose(new PartnerProposal(party, area, year, title), clock.instant());
        save(plan, plan.version());
        return details(load(id));
    }

    @Transactional
    public PlanDetails review(PlanId id, MeetingId meeting, LocalizedText note) {
        access.require(access.mayRecordCommitments(access.actor()), "record reviews of plans");
        Plan plan = load(id);
        MeetingSummary held = calendar.summary(meeting).orElseThrow(() -> RuleViolation.of("meeting", "commitments.meeting.unknown",
                "There is no meeting " + meeting, meeting));
        if (!held.framework().equals(plan.framework()) && !plan.framework().value().equals("ASEAN")) {
            throw RuleViolation.of("meeting", "plan.review.otherFramework", "A " + held.framework() + " meeting does not review a "
                    + plan.framework() + " plan", held.framework(), plan.framework());
        }
        plan.review(new PlanReview(meeting, note), clock.instant());
        save(plan, plan.version());
        return details(load(id));
    }

    @Transactional(readOnly = true)
    public PlanProgress progress(PlanId id) {
        Plan plan = load(id);
        return PlanProgress.of(id, plan.fromYear(), plan.toYear(), plan.areas(), plan.actionLines(), reports(id));
    }

    @Transactional(readOnly = true)
    public AreaDetails area(PlanId id, int number) {
        Plan plan = load(id);
        PlanArea area = plan.area(number).orElseThrow(() -> new NotFound("area of plan " + id, number));
        List<ReportView> all = reports(id);
        List<AreaDetails.LineReports> lines = plan.actionLines().stream().filter(l -> l.areaNumber() == number)
                .map(l -> new AreaDetails.LineReports(l, all.stream().filter(r -> r.actionLines().contains(l.code())).toList()))
                .toList();
        return new AreaDetails(summary(plan), area, lines,
                plan.proposals().stream().filter(p -> p.areaNumber() == number).toList());
    }

    /** Whether the actor may record and revise plans and their reviews: pages offer the forms only then. */
    public boolean mayRecord() {
        return access.mayRecordCommitments(access.actor());
    }

    /** Refuses (403, audited) who may not record plans: for forms that read their input before the register decides. */
    public void requireRecorder() {
        access.require(mayRecord(), "record plans of action");
    }

    /** Refuses who may make no proposal under the plan, for whichever partner. */
    @Transactional(readOnly = true)
    public void requireProposer(PlanId id) {
        access.require(!proposers(id).isEmpty(), "make proposals under plans of action");
    }

    /** The parties at the plan's table during its period for whom the actor may report implementation (the report form's choices). */
    @Transactional(readOnly = true)
    public List<PartyCode> reporters(PlanId id) {
        Plan plan = load(id);
        Set<PartyCode> seated = new java.util.TreeSet<>(Comparator.comparing(PartyCode::value));
        for (int year = plan.fromYear(); year <= plan.toYear(); year++) {
            seated.addAll(organisation.participantsAt(plan.framework(), LocalDate.of(year, 7, 1)).keySet());
        }
        return seated.stream().filter(party -> access.mayReportFor(access.actor(), party)).toList();
    }

    /** Refuses who may report implementation of the plan for no party. */
    @Transactional(readOnly = true)
    public void requireReporter(PlanId id) {
        access.require(!reporters(id).isEmpty(), "report implementation of plans of action");
    }

    /** The partners at the plan's table during its period for whom the actor may make proposals (the proposal form's choices). */
    @Transactional(readOnly = true)
    public List<PartyCode> proposers(PlanId id) {
        Plan plan = load(id);
        Set<PartyCode> partners = new java.util.TreeSet<>(Comparator.comparing(PartyCode::value));
        for (int year = plan.fromYear(); year <= plan.toYear(); year++) {
            organisation.participantsAt(plan.framework(), LocalDate.of(year, 7, 1)).forEach((party, role) -> {
                if (role == Role.DIALOGUE_PARTNER || role == Role.PARTICIPANT) {
                    partners.add(party);
                }
            });
        }
        return partners.stream().filter(party -> access.mayReportFor(access.actor(), party)).toList();
    }

    /** The meetings that may have reviewed the plan: its framework's (any, for an ASEAN plan) from its first year to a year after its last. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> reviewingMeetings(PlanId id) {
        Plan plan = load(id);
        String framework = plan.framework().value().equals("ASEAN") ? null : plan.framework().value();
        return calendar.meetings(new org.mufakat.meetings.MeetingFilter(LocalDate.of(plan.fromYear(), 1, 1),
                LocalDate.of(plan.toYear() + 1, 12, 31), framework, null, null, null, 0, 1000)).meetings();
    }

    /** Whether the plan has the area: for other commitments tagging it. */
    boolean hasArea(PlanId id, int number) {
        return plans.findById(id).flatMap(p -> p.area(number)).isPresent();
    }

    private void checkFramework(FrameworkCode framework) {
        if (organisation.findFramework(framework).isEmpty()) {
            throw RuleViolation.of("framework", "plan.framework.unknown", "There is no framework " + framework, framework);
        }
    }

    private void checkAtTable(Plan plan, PartyCode party, int year, String field) {
        if (organisation.findParty(party).isEmpty()) {
            throw RuleViolation.of(field, "commitments.party.unknown", "There is no party " + party, party);
        }
        boolean seated = organisation.seatAt(plan.framework(), party, LocalDate.of(year, 7, 1)).isPresent()
                || organisation.seatAt(plan.framework(), party, LocalDate.of(year, 12, 31)).isPresent();
        if (!seated) {
            throw RuleViolation.of(field, "implementation.party.notAtTable",
                    party + " does not sit at the " + plan.framework() + " table in " + year, party, plan.framework(), year);
        }
    }

    private Set<Integer> areasTagged(PlanId id) {
        return new HashSet<>(jdbc.sql("select distinct area_number from intervention_tag where plan_of_action_id = ?")
                .param(id.value()).query(Integer.class).list());
    }

    private Plan load(PlanId id) {
        return plans.findById(id).orElseThrow(() -> new NotFound("plan", id));
    }

    private PlanSummary save(Plan plan, Long expectedVersion) {
        Plan saved;
        try {
            saved = plans.save(plan);
        } catch (OptimisticLockingFailureException e) {
            Plan current = load(plan.id());
            long expected = expectedVersion == null ? -1 : expectedVersion;
            throw new EditConflict(REVISION_TYPE, expected, current.version(), revisions.changes(REVISION_TYPE, plan.id(), expected, fields(current)));
        }
        revisions.record(REVISION_TYPE, saved.id(), saved.version(), fields(saved));
        return summary(saved);
    }

    private PlanDetails details(Plan plan) {
        List<PlanDetails.Review> reviews = plan.reviews().stream()
                .map(r -> new PlanDetails.Review(calendar.summary(r.meetingId()).orElse(null), r.note()))
                .filter(r -> r.meeting() != null)
                .sorted(Comparator.comparing(r -> r.meeting().dates().startDate()))
                .toList();
        return new PlanDetails(summary(plan), plan.areas(), plan.actionLines(), plan.proposals(), reviews);
    }

    private PlanSummary summary(Plan plan) {
        return new PlanSummary(plan.id(), plan.title(), plan.framework(), plan.fromYear(), plan.toYear(), plan.adoptedBy(),
                plan.areas().size(), plan.actionLines().size(), plan.version(), adoptingDocument(plan.adoptedBy()));
    }

    private DocumentId adoptingDocument(AdoptingDocument adoptedBy) {
        if (adoptedBy == null) {
            return null;
        }
        var found = adoptedBy.documentId() != null ? documents.find(new DocumentId(adoptedBy.documentId()))
                : documents.findBySymbol(adoptedBy.symbol());
        return found.map(DocumentView::id).orElse(null);
    }

    /** A document named by its id must exist; one named by its symbol only may be registered later. */
    private void checkAdoptingDocument(AdoptingDocument adoptedBy) {
        if (adoptedBy != null && adoptedBy.documentId() != null && documents.find(new DocumentId(adoptedBy.documentId())).isEmpty()) {
            throw RuleViolation.of("adoptedBy", "plan.adoptedBy.noSuchDocument", "There is no document " + adoptedBy.documentId(),
                    adoptedBy.documentId());
        }
    }

    static ReportView view(ImplementationReport report) {
        return new ReportView(report.id(), report.planId(), report.year(), report.party(), report.activity(), report.status(),
                report.lines(), report.version());
    }

    private static Map<String, String> fields(Plan plan) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", plan.title().en() + (plan.title().vi() == null ? "" : " / " + plan.title().vi()));
        fields.put("framework", plan.framework().value());
        fields.put("period", plan.fromYear() + "–" + plan.toYear());
        fields.put("adoptedBy", plan.adoptedBy() == null ? "" : String.valueOf(plan.adoptedBy().symbol()));
        fields.put("areas", plan.areas().stream().map(a -> a.number() + ". " + a.title().en()).collect(Collectors.joining("; ")));
        fields.put("actionLines", plan.actionLines().stream().map(l -> l.code() + " " + l.text().en()).collect(Collectors.joining("; ")));
        fields.put("proposals", String.valueOf(plan.proposals().size()));
        fields.put("reviews", String.valueOf(plan.reviews().size()));
        return fields;
    }

    private static Map<String, String> fields(ImplementationReport report) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("party", report.party().value());
        fields.put("year", String.valueOf(report.year()));
        fields.put("activity", report.activity().en());
        fields.put("status", report.status().name());
        fields.put("actionLines", String.join(", ", report.lines()));
        return fields;
    }
}
