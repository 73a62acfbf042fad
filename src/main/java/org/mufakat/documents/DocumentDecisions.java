package org.mufakat.documents;

import org.mufakat.access.AccessPolicy;
import org.mufakat.access.Actor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deciding on documents at the meetings of their path: the states' positions on the version under consideration
 * (the current one), the decisions that need consensus, and silence procedures, which end in adoption at their
 * deadline unless a state breaks silence before it.
 */
@Service
public class DocumentDecisions {

    static final String POSITION_REVISION_TYPE = "document-position";
    static final String DECISION_REVISION_TYPE = "document-decision";
    static final String SILENCE_REVISION_TYPE = "document-silence";

    private final Documents documents;
    private final DocumentLedger ledger;
    private final DocumentRecords records;
    private final Seats seats;
    private final MeetingCalendar calendar;
    private final Revisions revisions;
    private final AccessPolicy access;
    private final Clock clock;

    DocumentDecisions(Documents documents, DocumentLedger ledger, DocumentRecords records, Seats seats, MeetingCalendar calendar,
                      Revisions revisions, AccessPolicy access, Clock clock) {
        this.documents = documents;
        this.ledger = ledger;
        this.records = records;
        this.seats = seats;
        this.calendar = calendar;
        this.revisions = revisions;
        this.access = access;
        this.clock = clock;
    }

    /** Records a state's position on the version under consideration at the meeting; it supersedes the state's earlier one. */
    @Transactional
    public ConsensusMatrix.Row recordPosition(RecordPosition command) {
        Document document = records.visible(command.document());
        Actor actor = access.actor();
        access.require(access.mayActForParty(actor, command.party()), "record positions of " + command.party());
        MeetingSummary meeting = stage(document, command.meeting());
        // Under a share lock: a new version cannot slip in between, and positions recorded together do not wait for each other.
        int version = ledger.currentVersionLocked(document.id());
        var problems = new RuleViolation.Collector();
        problems.check(version >= 1, "position", "position.noText", "There is no text to take a position on yet");
        problems.check(!document.published(), "position", "decision.document.final", document.symbol() + " is already final", document.symbol());
        List<PartyCode> counted = seats.counted(document.framework(), meeting.dates().startDate());
        problems.check(counted.contains(command.party()), "party", "position.party.doesNotCount",
                command.party() + " does not count at " + meeting.title().en() + ": it is not a member or participant of "
                        + document.framework() + " on " + meeting.dates().startDate(), command.party(), meeting.title().en(), document.framework());
        problems.check(command.position() != Position.NOT_TAKING_PART || document.flexibleParticipation(), "position",
                "position.flexible.notAgreed", "Flexible participation was not agreed for " + document.symbol(), document.symbol());
        problems.throwIfAny();
        if (!command.paragraphs().isEmpty()) {
            StructuredText text = ledger.version(document.id(), version).orElseThrow().text();
            for (String paragraph : command.paragraphs()) {
                problems.check(text.paragraph(paragraph).isPresent(), "paragraphs", "position.paragraph.unknown",
                        "Version " + version + " has no paragraph " + paragraph, version, paragraph);
            }
            problems.throwIfAny();
        }
        Instant now = clock.instant();
        long sequence = ledger.recordPosition(command, version, actor.name(), now);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document", document.symbol());
        fields.put("meeting", command.meeting().toString());
        fields.put("version", String.valueOf(version));
        fields.put("party", command.party().value());
        fields.put("position", command.position().name());
        fields.put("paragraphs", String.join(",", command.paragraphs()));
        fields.put("confirmBy", command.confirmBy() == null ? null : command.confirmBy().toString());
        fields.put("confirmedOn", command.confirmedOn() == null ? null : command.confirmedOn().toString());
        fields.put("note", command.note());
        revisions.record(POSITION_REVISION_TYPE, sequence, 1, fields);
        return ledger.latestPositions(document.id(), command.meeting(), version).get(command.party());
    }

    /** Records the meeting's decision on the version under consideration; agreeing, endorsing, adopting, signing need consensus. */
    @Transactional
    public DecisionView decide(RecordDecision command) {
        Document document = records.visible(command.document());
        MeetingSummary meeting = stage(document, command.meeting());
        Actor actor = access.actor();
        access.require(access.mayDecideOnDocuments(actor, meeting.dates().startDate().getYear()),
                "decide on documents at meetings of " + meeting.dates().startDate().getYear());
        var problems = new RuleViolation.Collector();
        problems.check(command.decision() != Decision.ISSUED || document.kind().isChairs(), "decision", "decision.issued.notChairs",
                "Only the Chair's own papers (Chairman's statements, press releases) are issued");
        problems.check(ledger.running(document.id()).isEmpty(), "decision", "decision.underSilence",
                "A silence procedure is running: it decides at its deadline");
        problems.throwIfAny();
        if (command.decision().needsConsensus() && command.version() == document.currentVersion()) {
            ConsensusMatrix matrix = records.fullMatrix(document, command.meeting(), meeting.dates().startDate(),
                    ledger.latestPositions(document.id(), command.meeting(), document.currentVersion()));
            boolean holds = command.adReferendum() ? matrix.consensusAdReferendum() : matrix.consensus();
            if (!holds) {
                List<String> outstanding = matrix.outstanding().stream().map(PartyCode::value).toList();
                throw RuleViolation.of("decision", "decision.noConsensus", "There is no consensus on version " + command.version()
                        + ": still outstanding " + String.join(", ", outstanding), command.version(), String.join(", ", outstanding));
            }
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, meeting.timeZone());
        LocalDate decidedOn = today.isAfter(meeting.dates().endDate()) ? meeting.dates().endDate() : today;
        return record(document, command, decidedOn, now, null, actor.name(), now);
    }

    private DecisionView record(Document document, RecordDecision command, LocalDate decidedOn, Instant decidedAt, SilenceId silence,
                                String by, Instant now) {
        document.decide(command.meeting(), command.decision(), command.version(), now);
        Document saved;
        try {
            saved = documents.save(document);
        } catch (OptimisticLockingFailureException e) {
            throw RuleViolation.of("version", "decision.changedMeanwhile", "The document changed meanwhile: look at it again and decide");
        }
        long sequence = ledger.recordDecision(saved.id(), command, decidedOn, decidedAt, silence, by, now);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document", saved.symbol());
        fields.put("meeting", command.meeting().toString());
        fields.put("decision", command.decision().name());
        fields.put("adReferendum", String.valueOf(command.adReferendum()));
        fields.put("version", String.valueOf(command.version()));
        fields.put("decidedOn", decidedOn.toString());
        fields.put("silence", silence == null ? null : silence.toString());
        fields.put("note", command.note());
        revisions.record(DECISION_REVISION_TYPE, sequence, 1, fields);
        return ledger.decisions(saved.id()).getLast();
    }

    /** The Chair puts the current version under silence until the deadline; no decision is taken meanwhile. */
    @Transactional
    public SilenceView startSilence(StartSilence command) {
        Document document = records.visible(command.document());
        MeetingSummary meeting = stage(document, command.meeting());
        Actor actor = access.actor();
        access.require(access.mayDecideOnDocuments(actor, meeting.dates().startDate().getYear()),
                "run silence procedures at meetings of " + meeting.dates().startDate().getYear());
        Instant now = clock.instant();
        var problems = new RuleViolation.Collector();
        problems.check(command.version() == document.currentVersion(), "version", "decision.version.notUnderConsideration",
                "Version " + command.version() + " is not the one under consideration (version " + document.currentVersion() + ")",
                command.version(), document.currentVersion());
        problems.check(command.deadlineInstant().isAfter(now), "deadline", "silence.deadline.past", "The deadline has already passed");
        problems.check(!document.published(), "document", "decision.document.final", document.symbol() + " is already final", document.symbol());
        problems.check(ledger.running(document.id()).isEmpty(), "document", "silence.alreadyRunning", "A silence procedure is already running");
        problems.throwIfAny();
        SilenceId id = SilenceId.random();
        try {
            ledger.startSilence(id, command, actor.name(), now);
        } catch (DuplicateKeyException e) {
            throw RuleViolation.of("document", "silence.alreadyRunning", "A silence procedure is already running");
        }
        SilenceView silence = ledger.running(document.id()).orElseThrow();
        recordRevision(silence, 1);
        return silence;
    }

    /** A state that counts breaks silence before the deadline: the procedure ends and the text stays under negotiation. */
    @Transactional
    public SilenceView breakSilence(BreakSilence command) {
        Document document = records.visible(command.document());
        Actor actor = access.actor();
        access.require(access.mayActForParty(actor, command.party()), "break silence for " + command.party());
        SilenceView running = ledger.running(document.id()).orElseThrow(() -> RuleViolation.of("document", "silence.notRunning",
                "No silence procedure is running on " + document.symbol(), document.symbol()));
        MeetingSummary meeting = calendar.summary(running.meeting()).orElseThrow();
        if (!seats.counted(document.framework(), meeting.dates().startDate()).contains(command.party())) {
            throw RuleViolation.of("party", "position.party.doesNotCount", command.party() + " does not count at " + meeting.title().en(),
                    command.party(), meeting.title().en(), document.framework());
        }
        if (!ledger.breakSilence(running.id(), command.party(), command.reason(), clock.instant())) {
            throw RuleViolation.of("document", "silence.deadline.passed", "The deadline has passed: silence can no longer be broken");
        }
        SilenceView broken = ledger.silences(document.id()).stream().filter(s -> s.id().equals(running.id())).findFirst().orElseThrow();
        recordRevision(broken, 2);
        return broken;
    }

    /**
     * Adopts, as the system, every version whose silence procedure reached its deadline unbroken: each exactly once (the
     * procedure is locked and closed by a conditional update in the transaction that records the decision), dated at its
     * deadline even when the application was down then. Returns how many were adopted.
     */
    @Transactional
    public int closeDueSilences(int limit) {
        access.require(access.actor().system(), "close silence procedures");
        Instant now = clock.instant();
        int adopted = 0;
        for (SilenceView silence : ledger.dueLocked(now, limit)) {
            if (!ledger.closeAdopted(silence.id(), now)) {
                continue;
            }
            Document document = documents.findById(silence.document()).orElseThrow();
            RecordDecision decision = new RecordDecision(document.id(), silence.meeting(), Decision.ADOPTED, silence.version(), false,
                    "Adopted at the end of the silence procedure");
            record(document, decision, LocalDate.ofInstant(silence.deadline(), silence.zone()), silence.deadline(), silence.id(),
                    access.actor().name(), now);
            recordRevision(ledger.silences(document.id()).stream().filter(s -> s.id().equals(silence.id())).findFirst().orElseThrow(), 2);
            adopted++;
        }
        return adopted;
    }

    private void recordRevision(SilenceView silence, int version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document", silence.document().toString());
        fields.put("meeting", silence.meeting().toString());
        fields.put("version", String.valueOf(silence.version()));
        fields.put("deadline", silence.deadline().atZone(silence.zone()).toString());
        fields.put("status", silence.status().name());
        fields.put("brokenBy", silence.brokenBy() == null ? null : silence.brokenBy().value());
        fields.put("brokenReason", silence.brokenReason());
        revisions.record(SILENCE_REVISION_TYPE, silence.id(), version, fields);
    }

    /** The meeting, if it lies on the document's path. */
    private MeetingSummary stage(Document document, MeetingId meeting) {
        if (!ledger.path(document.id()).contains(meeting)) {
            throw RuleViolation.of("meeting", "decision.meeting.notOnPath", "That meeting is not on the path of " + document.symbol(),
                    document.symbol());
        }
        return calendar.summary(meeting).orElseThrow(() -> new NotFound("meeting", meeting));
    }

    Optional<SilenceView> running(DocumentId id) {
        return ledger.running(id);
    }
}
