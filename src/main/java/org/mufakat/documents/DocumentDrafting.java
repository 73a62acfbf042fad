package org.mufakat.documents;

import org.mufakat.access.AccessPolicy;
import org.mufakat.access.Actor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registering documents and drafting them: every saved text is a new immutable version, saved only over the version
 * the editor started from (otherwise an {@link EditConflict} listing the paragraphs changed meanwhile); amendments
 * proposed by states and settled by the pen-holder.
 */
@Service
public class DocumentDrafting {

    static final String REVISION_TYPE = "document";
    static final String AMENDMENT_REVISION_TYPE = "document-amendment";

    private final Documents documents;
    private final Amendments amendments;
    private final DocumentLedger ledger;
    private final DocumentRecords records;
    private final Seats seats;
    private final MeetingCalendar calendar;
    private final Organisation organisation;
    private final Revisions revisions;
    private final AccessPolicy access;
    private final Clock clock;

    DocumentDrafting(Documents documents, Amendments amendments, DocumentLedger ledger, DocumentRecords records, Seats seats,
                     MeetingCalendar calendar, Organisation organisation, Revisions revisions, AccessPolicy access, Clock clock) {
        this.documents = documents;
        this.amendments = amendments;
        this.ledger = ledger;
        this.records = records;
        this.seats = seats;
        this.calendar = calendar;
        this.organisation = organisation;
        this.revisions = revisions;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public DocumentView register(RegisterDocument command) {
        Actor actor = access.actor();
        var problems = new RuleViolation.Collector();
        if (organisation.findFramework(command.framework()).isEmpty()) {
            problems.add("framework", "document.framework.unknown", "There is no framework " + command.framework(), command.framework());
            problems.throwIfAny();
        }
        List<MeetingSummary> path = checkedPath(command.framework(), command.path(), problems);
        LocalDate date = path.isEmpty() ? LocalDate.now(clock) : path.getFirst().dates().startDate();
        checkLead(command.framework(), command.lead(), date, problems);
        access.require(access.mayHoldPen(actor, date.getYear(), command.lead()), "register documents of " + date.getYear());
        int number = ledger.nextNumber(command.framework().value(), date.getYear(), command.kind());
        Instant now = clock.instant();
        Document document = documents.save(Document.register(command, number, date, actor.name(), now));
        ledger.recordPath(document.id(), command.path());
        recordRevision(document, null, null);
        StructuredText text = StructuredText.parse(command.text());
        if (!text.isEmpty()) {
            document = saveVersion(document, text, command.note(), null, actor, now);
        }
        return DocumentRecords.view(document, command.path());
    }

    /** The path's meetings, if each exists, sits in the framework and comes no earlier than the one before it. */
    private List<MeetingSummary> checkedPath(FrameworkCode framework, List<MeetingId> ids, RuleViolation.Collector problems) {
        List<MeetingSummary> path = new ArrayList<>();
        for (MeetingId id : ids) {
            MeetingSummary meeting = calendar.summary(id).orElse(null);
            if (meeting == null) {
                problems.add("path", "document.path.unknown", "A meeting on the path does not exist");
            } else if (!meeting.framework().equals(framework)) {
                problems.add("path", "document.path.otherFramework", meeting.title().en() + " sits in " + meeting.framework()
                        + ", not " + framework, meeting.title().en(), meeting.framework(), framework);
            } else {
                if (!path.isEmpty() && meeting.dates().startDate().isBefore(path.getLast().dates().startDate())) {
                    problems.add("path", "document.path.order", "The path goes from earlier meetings to later ones");
                }
                path.add(meeting);
            }
        }
        problems.throwIfAny();
        return path;
    }

    /** A lead (null: the Chair) must be a member state at the framework's table on the date. */
    private void checkLead(FrameworkCode framework, PartyCode lead, LocalDate date,
                           RuleViolation.Collector problems) {
        if (lead != null && !seats.members(framework, date).contains(lead)) {
            problems.add("lead", "document.lead.notMember", lead + " is not a member state at the " + framework
                    + " table on " + date, lead, framework, date);
        }
        problems.throwIfAny();
    }

    /** The record as it stands, for whoever may revise it: the starting point of the revision form. */
    @Transactional(readOnly = true)
    public DocumentView recordToRevise(DocumentId id) {
        Document document = records.visible(id);
        access.require(access.mayReviseDocumentRecord(access.actor(), document.year(), document.lead(), document.lead()),
                "revise the record of " + document.symbol());
        return DocumentRecords.view(document, ledger.path(id));
    }

    /**
     * Revises what was registered about the document (titles, lead, classification, path) over the record's version
     * the editor started from; otherwise an {@link EditConflict} listing what changed meanwhile. The path is checked
     * as at registration; the symbol never changes.
     */
    @Transactional
    public DocumentView reviseRecord(ReviseDocumentRecord command) {
        Document document = records.visible(command.document());
        Actor actor = access.actor();
        access.require(access.mayReviseDocumentRecord(actor, document.year(), document.lead(), command.lead()),
                "revise the record of " + document.symbol());
        if (command.version() != document.version()) {
            throw recordConflict(document, command.version());
        }
        var problems = new RuleViolation.Collector();
        List<MeetingSummary> path = checkedPath(document.framework(), command.path(), problems);
        LocalDate start = path.isEmpty() ? null : path.getFirst().dates().startDate();
        checkLead(document.framework(), command.lead(), start == null ? document.participationDate() : start, problems);
        List<MeetingId> oldPath = ledger.path(document.id());
        Map<MeetingId, String> decidedAt = new LinkedHashMap<>();
        for (DecisionView decision : ledger.decisions(document.id())) {
            decidedAt.computeIfAbsent(decision.meeting(), meeting -> calendar.summary(meeting).map(s -> s.title().en()).orElse(meeting.toString()));
        }
        document.reviseRecord(command.title(), command.lead(), command.classification(), oldPath, command.path(), start, decidedAt, clock.instant());
        Document saved;
        try {
            saved = documents.save(document);
        } catch (OptimisticLockingFailureException e) {
            throw recordConflict(documents.findById(document.id()).orElseThrow(), command.version());
        }
        if (!command.path().equals(oldPath)) {
            ledger.replacePath(saved.id(), command.path());
        }
        recordRevision(saved, null, null);
        return DocumentRecords.view(saved, command.path());
    }

    /** The record's fields changed between the version the editor loaded and the current one (text edits show as the version number). */
    private EditConflict recordConflict(Document current, long loaded) {
        Map<String, String> now = recordFields(current);
        List<EditConflict.FieldChange> changes = revisions.changes(REVISION_TYPE, current.id(), loaded, now).stream()
                .filter(change -> now.containsKey(change.field())).toList();
        return new EditConflict("document " + current.symbol(), loaded, current.version(), changes);
    }

    /** Saves the text as the next version, if it was edited from the current one. */
    @Transactional
    public VersionView save(SaveText command) {
        Document document = records.visible(command.document());
        Actor actor = access.actor();
        access.require(access.mayHoldPen(actor, document.year(), document.lead()), "edit " + document.symbol());
        StructuredText text = StructuredText.parse(command.text());
        checkBase(document, command.baseVersion());
        return saved(saveVersion(document, text, command.note(), null, actor, clock.instant()));
    }

    /** Saves an old version's text again as the newest version. */
    @Transactional
    public VersionView restore(DocumentId id, int number, int baseVersion, String note) {
        Document document = records.visible(id);
        Actor actor = access.actor();
        access.require(access.mayHoldPen(actor, document.year(), document.lead()), "edit " + document.symbol());
        VersionView old = ledger.version(id, number).orElseThrow(() -> new NotFound("version", id + "/" + number));
        checkBase(document, baseVersion);
        String why = note == null || note.isBlank() ? "Restored version " + number : note.strip();
        return saved(saveVersion(document, old.text(), why, number, actor, clock.instant()));
    }

    private VersionView saved(Document document) {
        return ledger.version(document.id(), document.currentVersion()).orElseThrow();
    }

    private void checkBase(Document document, int baseVersion) {
        if (baseVersion != document.currentVersion()) {
            throw conflict(document, baseVersion);
        }
    }

    /** The paragraphs changed between the version the editor started from and the current one. */
    private EditConflict conflict(Document document, int baseVersion) {
        int current = document.currentVersion();
        StructuredText before = baseVersion < 1 ? StructuredText.parse("") : ledger.version(document.id(), baseVersion)
                .map(VersionView::text).orElse(StructuredText.parse(""));
        StructuredText now = current < 1 ? StructuredText.parse("") : ledger.version(document.id(), current).orElseThrow().text();
        List<EditConflict.FieldChange> changes = new ArrayList<>();
        for (TextComparison.BlockChange change : TextComparison.of(baseVersion, before, current, now).changes()) {
            if (change.change() != TextComparison.Change.SAME) {
                TextBlock block = change.after() != null ? change.after() : change.before();
                String where = block.label() != null ? block.label() : block.kind().name().toLowerCase(java.util.Locale.ROOT);
                changes.add(new EditConflict.FieldChange(where, change.before() == null ? null : change.before().text(),
                        change.after() == null ? null : change.after().text()));
            }
        }
        return new EditConflict("document " + document.symbol(), baseVersion, current, changes);
    }

    private Document saveVersion(Document document, StructuredText text, String note, Integer restoredFrom, Actor actor, Instant now) {
        if (ledger.running(document.id()).isPresent()) {
            throw RuleViolation.of("text", "document.text.underSilence", "The text is under a silence procedure: it cannot change until it ends");
        }
        if (document.currentVersion() > 0 && ledger.markup(document.id(), document.currentVersion()).orElse("").equals(text.markup())) {
            throw RuleViolation.of("text", "document.text.unchanged", "The text is the same as the current version");
        }
        int base = document.currentVersion();
        int number = document.recordVersion(now);
        Document saved;
        try {
            saved = documents.save(document);
        } catch (OptimisticLockingFailureException e) {
            throw conflict(documents.findById(document.id()).orElseThrow(), base);
        }
        ledger.recordVersion(saved.id(), number, text.markup(), actor.name(), now, note, restoredFrom);
        recordRevision(saved, text, note);
        return saved;
    }

    private void recordRevision(Document document, StructuredText text, String note) {
        Map<String, String> fields = recordFields(document);
        if (text != null) {
            fields.put("text", text.markup());
            fields.put("note", note);
        }
        revisions.record(REVISION_TYPE, document.id(), document.version(), fields);
    }

    private Map<String, String> recordFields(Document document) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("symbol", document.symbol());
        fields.put("kind", document.kind().name());
        fields.put("framework", document.framework().value());
        fields.put("title", document.title().en() + (document.title().vi() == null ? "" : " / " + document.title().vi()));
        fields.put("lead", document.lead() == null ? "Chair" : document.lead().value());
        fields.put("classification", document.classification().name());
        fields.put("path", String.join(" → ", ledger.path(document.id()).stream()
                .map(meeting -> calendar.summary(meeting).map(s -> s.title().en()).orElse(meeting.toString())).toList()));
        fields.put("published", String.valueOf(document.published()));
        fields.put("currentVersion", String.valueOf(document.currentVersion()));
        return fields;
    }

    // --- amendments ---

    @Transactional
    public AmendmentView propose(ProposeAmendment command) {
        Document document = records.visible(command.document());
        Actor actor = access.actor();
        access.require(access.mayActForParty(actor, command.party()), "propose amendments for " + command.party());
        var problems = new RuleViolation.Collector();
        if (!seats.counted(document.framework(), document.participationDate()).contains(command.party())) {
            problems.add("party", "amendment.party.doesNotCount", command.party() + " does not sit at the " + document.framework()
                    + " table as a member or participant", command.party(), document.framework());
        }
        if (document.published()) {
            problems.add("document", "document.text.final", document.symbol() + " is final: its text no longer changes", document.symbol());
        }
        problems.throwIfAny();
        if (command.baseVersion() < 1 || command.baseVersion() > document.currentVersion()) {
            throw RuleViolation.of("baseVersion", "amendment.baseVersion.unknown", "There is no version " + command.baseVersion(),
                    command.baseVersion());
        }
        StructuredText base = ledger.version(document.id(), command.baseVersion()).orElseThrow().text();
        TextBlock target = base.paragraph(command.paragraph()).orElseThrow(() -> RuleViolation.of("paragraph",
                "amendment.paragraph.unknown", "Version " + command.baseVersion() + " has no paragraph " + command.paragraph(),
                command.baseVersion(), command.paragraph()));
        StructuredText current = ledger.version(document.id(), document.currentVersion()).orElseThrow().text();
        if (current.locate(target.label(), target.text()).isEmpty()) {
            throw RuleViolation.of("paragraph", "amendment.paragraph.gone", "Paragraph " + command.paragraph()
                    + " no longer exists as it was in version " + command.baseVersion(), command.paragraph(), command.baseVersion());
        }
        Amendment saved = amendments.save(Amendment.propose(command, target, actor.name(), clock.instant()));
        recordRevision(saved);
        return saved.view();
    }

    /**
     * Settles a proposed amendment: the pen-holder accepts (applied to the current text as a new version), rejects or
     * marks it overtaken; the proposing state withdraws it. {@code expectedVersion}: the amendment's version seen.
     */
    @Transactional
    public AmendmentView settle(AmendmentId id, AmendmentStatus outcome, Long expectedVersion) {
        Amendment amendment = amendments.findById(id).orElseThrow(() -> new NotFound("amendment", id));
        Document document = records.visible(amendment.document());
        Actor actor = access.actor();
        if (outcome == AmendmentStatus.WITHDRAWN) {
            access.require(access.mayActForParty(actor, amendment.party()), "withdraw amendments of " + amendment.party());
        } else {
            access.require(access.mayHoldPen(actor, document.year(), document.lead()), "settle amendments to " + document.symbol());
        }
        if (expectedVersion != null && expectedVersion != amendment.version()) {
            throw new EditConflict("amendment", expectedVersion, amendment.version(), List.of());
        }
        Instant now = clock.instant();
        if (outcome == AmendmentStatus.ACCEPTED) {
            StructuredText current = ledger.version(document.id(), document.currentVersion()).orElseThrow().text();
            TextBlock target = current.locate(amendment.paragraph(), amendment.paragraphText()).orElseThrow(() -> RuleViolation.of(
                    "paragraph", "amendment.paragraph.gone", "Paragraph " + amendment.paragraph()
                            + " no longer exists as it was amended: mark the amendment overtaken", amendment.paragraph()));
            StructuredText amended = current.amended(target, amendment.operation(), amendment.proposedText());
            Document saved = saveVersion(document, amended, "Amendment by " + amendment.party() + " to " + target.label() + " accepted",
                    null, actor, now);
            amendment.accept(saved.currentVersion(), actor.name(), now);
        } else {
            amendment.settle(outcome, actor.name(), now);
        }
        Amendment saved;
        try {
            saved = amendments.save(amendment);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict("amendment", amendment.version(), amendments.findById(id).orElseThrow().version(), List.of());
        }
        recordRevision(saved);
        return saved.view();
    }

    private void recordRevision(Amendment amendment) {
        AmendmentView view = amendment.view();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document", view.document().toString());
        fields.put("party", view.party().value());
        fields.put("paragraph", view.paragraph());
        fields.put("operation", view.operation().name());
        fields.put("proposedText", view.proposedText());
        fields.put("reason", view.reason());
        fields.put("status", view.status().name());
        fields.put("appliedInVersion", view.appliedInVersion() == null ? null : view.appliedInVersion().toString());
        revisions.record(AMENDMENT_REVISION_TYPE, view.id(), view.version(), fields);
    }
}
