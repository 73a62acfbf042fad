package org.mufakat.commitments;

import org.mufakat.access.AccessPolicy;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentView;
import org.mufakat.press.PressReports;
import org.mufakat.press.ReportMention;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The standing issues meetings return to, and each one's timeline across meetings. Public. */
@Service
public class IssueRegister {

    static final String REVISION_TYPE = "standing-issue";

    private final StandingIssues issues;
    private final Interventions interventions;
    private final InterventionRegister statements;
    private final MeetingCalendar calendar;
    private final DocumentRecords documents;
    private final PressReports reports;
    private final Revisions revisions;
    private final AccessPolicy access;
    private final JdbcClient jdbc;
    private final Clock clock;

    static final int MENTIONS_SHOWN = 100;

    IssueRegister(StandingIssues issues, Interventions interventions, InterventionRegister statements, MeetingCalendar calendar,
                  DocumentRecords documents, PressReports reports, Revisions revisions, AccessPolicy access, JdbcClient jdbc, Clock clock) {
        this.issues = issues;
        this.interventions = interventions;
        this.statements = statements;
        this.calendar = calendar;
        this.documents = documents;
        this.reports = reports;
        this.revisions = revisions;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the current actor may open, revise and reference standing issues. */
    public boolean mayRecord() {
        return access.mayRecordCommitments(access.actor());
    }

    public void requireMayRecord() {
        access.require(mayRecord(), "record standing issues");
    }

    @Transactional(readOnly = true)
    public List<IssueView> issues() {
        return issues.findAll().stream().map(IssueRegister::view).sorted(Comparator.comparing(i -> i.title().en())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<IssueView> issue(String code) {
        return issues.findByCode(code).map(IssueRegister::view);
    }

    public IssueView get(String code) {
        return issue(code).orElseThrow(() -> new NotFound("standing issue", code));
    }

    @Transactional
    public IssueView open(OpenStandingIssue command) {
        access.require(access.mayRecordCommitments(access.actor()), "record standing issues");
        if (issues.findByCode(command.code()).isPresent()) {
            throw RuleViolation.of("code", "standingIssue.code.taken", "There is already an issue " + command.code(), command.code());
        }
        try {
            return save(StandingIssue.open(command, clock.instant()), null);
        } catch (DataIntegrityViolationException e) {
            throw RuleViolation.of("code", "standingIssue.code.taken", "There is already an issue " + command.code(), command.code());
        }
    }

    @Transactional
    public IssueView revise(String code, ReviseStandingIssue command, Long expectedVersion) {
        access.require(access.mayRecordCommitments(access.actor()), "record standing issues");
        StandingIssue issue = issues.findByCode(code).orElseThrow(() -> new NotFound("standing issue", code));
        if (expectedVersion == null) {
            throw RuleViolation.of("version", "edit.version.required", "Say which version of the issue you edited");
        }
        revisions.checkVersion(REVISION_TYPE, issue.id(), expectedVersion, issue.version(), fields(issue));
        issue.revise(command, clock.instant());
        return save(issue, expectedVersion);
    }

    @Transactional
    public IssueView reference(String code, OutcomeReference outcome, Long expectedVersion) {
        access.require(access.mayRecordCommitments(access.actor()), "reference outcomes on standing issues");
        StandingIssue issue = issues.findByCode(code).orElseThrow(() -> new NotFound("standing issue", code));
        if (expectedVersion == null) {
            throw RuleViolation.of("version", "edit.version.required", "Say which version of the issue you edited");
        }
        revisions.checkVersion(REVISION_TYPE, issue.id(), expectedVersion, issue.version(), fields(issue));
        if (outcome.meetingId() != null) {
            var meeting = calendar.summary(outcome.meetingId()).orElseThrow(() -> RuleViolation.of("meeting", "commitments.meeting.unknown",
                    "There is no meeting " + outcome.meetingId(), outcome.meetingId()));
            if (outcome.on().isBefore(meeting.dates().startDate())) {
                throw RuleViolation.of("on", "standingIssue.outcome.beforeMeeting", "An outcome of a meeting is not dated before it starts ("
                        + meeting.dates().startDate() + ")", meeting.dates().startDate());
            }
        }
        issue.reference(outcome, clock.instant());
        return save(issue, expectedVersion);
    }

    @Transactional(readOnly = true)
    public IssueTimeline timeline(String code) {
        StandingIssue issue = issues.findByCode(code).orElseThrow(() -> new NotFound("standing issue", code));
        List<UUID> tagged = jdbc.sql("select distinct intervention_id from intervention_tag where standing_issue_id = ?")
                .param(issue.id().value()).query(UUID.class).list();
        List<IssueTimeline.Entry> entries = new ArrayList<>();
        for (InterventionView statement : statements.views(interventions.findAllById(tagged.stream().map(InterventionId::new).toList()))) {
            for (InterventionView.Point point : statement.points()) {
                if (point.issues().stream().anyMatch(label -> label.id().equals(issue.id()))) {
                    entries.add(new IssueTimeline.Entry(statement.meeting().dates().startDate(), IssueTimeline.Kind.INTERVENTION,
                            statement.meeting(), statement.party(), statement.speaker(), point.text(), null, null, null, null));
                }
            }
        }
        for (OutcomeReference outcome : issue.outcomes()) {
            entries.add(new IssueTimeline.Entry(outcome.on(), IssueTimeline.Kind.OUTCOME,
                    outcome.meetingId() == null ? null : calendar.summary(outcome.meetingId()).orElse(null), null, null, outcome.text(),
                    outcome.document(), outcome.paragraph(), documents.findBySymbol(outcome.document()).map(DocumentView::id).orElse(null), null));
        }
        for (ReportMention mention : reports.mentioning(issue.terms().phrases(), MENTIONS_SHOWN)) {
            entries.add(new IssueTimeline.Entry(mention.published(), IssueTimeline.Kind.REPORT, null, null, null, null, null, null, null, mention));
        }
        entries.sort(Comparator.comparing(IssueTimeline.Entry::on, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(IssueTimeline.Entry::kind));
        return new IssueTimeline(view(issue), entries);
    }

    private IssueView save(StandingIssue issue, Long expectedVersion) {
        StandingIssue saved;
        try {
            saved = issues.save(issue);
        } catch (OptimisticLockingFailureException e) {
            StandingIssue current = issues.findById(issue.id()).orElseThrow();
            long expected = expectedVersion == null ? -1 : expectedVersion;
            throw new EditConflict(REVISION_TYPE, expected, current.version(), revisions.changes(REVISION_TYPE, issue.id(), expected, fields(current)));
        }
        revisions.record(REVISION_TYPE, saved.id(), saved.version(), fields(saved));
        return view(saved);
    }

    private static IssueView view(StandingIssue issue) {
        return new IssueView(issue.id(), issue.code(), issue.title(), issue.description(), issue.terms(), issue.outcomes(), issue.version());
    }

    private static Map<String, String> fields(StandingIssue issue) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", issue.code());
        fields.put("title", issue.title().en());
        fields.put("titleVi", issue.title().vi() == null ? "" : issue.title().vi());
        fields.put("description", issue.description() == null ? "" : issue.description().en());
        fields.put("terms", String.join("; ", issue.terms().phrases()));
        fields.put("outcomes", issue.outcomes().stream().map(o -> o.on() + " " + o.document()).collect(Collectors.joining("; ")));
        return fields;
    }
}
