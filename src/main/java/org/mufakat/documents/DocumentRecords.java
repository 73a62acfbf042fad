package org.mufakat.documents;

import org.mufakat.access.AccessPolicy;
import org.mufakat.access.Actor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading outcome documents: always filtered for the current actor. A document the actor may not read does not exist
 * for them (every method answers "not found" or leaves it out), so that not even its existence leaks.
 */
@Service
public class DocumentRecords {

    private final Documents documents;
    private final Amendments amendments;
    private final DocumentLedger ledger;
    private final Seats seats;
    private final MeetingCalendar calendar;
    private final AccessPolicy access;

    DocumentRecords(Documents documents, Amendments amendments, DocumentLedger ledger, Seats seats, MeetingCalendar calendar,
                    AccessPolicy access) {
        this.documents = documents;
        this.amendments = amendments;
        this.ledger = ledger;
        this.seats = seats;
        this.calendar = calendar;
        this.access = access;
    }

    /** The document with its symbol, kind, framework, titles, classification, lead and current version number. */
    @Transactional(readOnly = true)
    public Optional<DocumentView> find(DocumentId id) {
        Actor actor = access.actor();
        return documents.findById(id).filter(d -> readable(actor, d)).map(d -> view(d, ledger.path(d.id())));
    }

    /** The document registered under this symbol, if there is one and the actor may read it. */
    @Transactional(readOnly = true)
    public Optional<DocumentView> findBySymbol(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return Optional.empty();
        }
        Actor actor = access.actor();
        return documents.findBySymbol(symbol.strip()).filter(d -> readable(actor, d)).map(d -> view(d, ledger.path(d.id())));
    }

    public DocumentView get(DocumentId id) {
        return find(id).orElseThrow(() -> new NotFound("document", id));
    }

    /** The documents of a year (and framework, if given) that the actor may read, by symbol. */
    @Transactional(readOnly = true)
    public List<DocumentView> list(int year, FrameworkCode framework) {
        Actor actor = access.actor();
        List<Document> found = documents.findByYearOrderBySymbol(year).stream()
                .filter(d -> framework == null || d.framework().equals(framework)).filter(d -> readable(actor, d)).toList();
        Map<DocumentId, List<MeetingId>> paths = ledger.paths(found.stream().map(Document::id).toList());
        return found.stream().map(d -> view(d, paths.get(d.id()))).toList();
    }

    @Transactional(readOnly = true)
    public List<VersionSummary> versions(DocumentId id) {
        visible(id);
        return ledger.versions(id);
    }

    /** One version's structured text: parts, numbered paragraphs, headings, annexes. */
    @Transactional(readOnly = true)
    public Optional<VersionView> version(DocumentId id, int number) {
        return find(id).flatMap(d -> ledger.version(id, number));
    }

    public VersionView getVersion(DocumentId id, int number) {
        return version(id, number).orElseThrow(() -> new NotFound("version", id + "/" + number));
    }

    @Transactional(readOnly = true)
    public TextComparison compare(DocumentId id, int from, int to) {
        visible(id);
        var problems = new RuleViolation.Collector();
        Optional<VersionView> before = ledger.version(id, from);
        Optional<VersionView> after = ledger.version(id, to);
        problems.check(before.isPresent(), "from", "compare.version.unknown", "There is no version " + from, from);
        problems.check(after.isPresent(), "to", "compare.version.unknown", "There is no version " + to, to);
        problems.throwIfAny();
        return TextComparison.of(from, before.get().text(), to, after.get().text());
    }

    @Transactional(readOnly = true)
    public List<AmendmentView> amendments(DocumentId id) {
        visible(id);
        return amendments.findByDocumentIdOrderByProposedAt(id).stream().map(Amendment::view).toList();
    }

    /** The meetings on the path, in order, each with what it decided; the stage under way marked. */
    @Transactional(readOnly = true)
    public List<Stage> journey(DocumentId id) {
        Document document = visible(id);
        List<MeetingId> path = ledger.path(id);
        List<DecisionView> decisions = ledger.decisions(id);
        MeetingId current = currentStage(document, path, decisions).orElse(null);
        List<Stage> stages = new ArrayList<>();
        for (MeetingId meeting : path) {
            calendar.summary(meeting).ifPresent(summary -> stages.add(new Stage(summary,
                    decisions.stream().filter(d -> d.meeting().equals(meeting)).toList(), meeting.equals(current))));
        }
        return stages;
    }

    /** Every decision on the document, in the order recorded. */
    @Transactional(readOnly = true)
    public List<DecisionView> decisions(DocumentId id) {
        visible(id);
        return ledger.decisions(id);
    }

    @Transactional(readOnly = true)
    public Optional<MeetingId> currentStage(DocumentId id) {
        Document document = visible(id);
        return currentStage(document, ledger.path(id), ledger.decisions(id));
    }

    /** The first meeting on the path whose latest decision does not move the document on; none once it is final. */
    static Optional<MeetingId> currentStage(Document document, List<MeetingId> path, List<DecisionView> decisions) {
        if (document.published()) {
            return Optional.empty();
        }
        Map<MeetingId, DecisionView> latest = new HashMap<>();
        decisions.forEach(d -> latest.put(d.meeting(), d));
        return path.stream().filter(m -> latest.get(m) == null || !latest.get(m).decision().movesOn()).findFirst();
    }

    /** The states that count at the meeting and their positions on the current version, as far as the actor may see them. */
    @Transactional(readOnly = true)
    public ConsensusMatrix matrix(DocumentId id, MeetingId meeting) {
        Document document = visible(id);
        if (!ledger.path(id).contains(meeting)) {
            throw new NotFound("stage", id + "@" + meeting);
        }
        MeetingSummary summary = calendar.summary(meeting).orElseThrow(() -> new NotFound("meeting", meeting));
        return readableRows(document, summary.dates().startDate(), fullMatrix(document, meeting, summary.dates().startDate(),
                ledger.latestPositions(id, meeting, document.currentVersion())));
    }

    ConsensusMatrix fullMatrix(Document document, MeetingId meeting, LocalDate date, Map<PartyCode, ConsensusMatrix.Row> latest) {
        return ConsensusMatrix.of(document.id(), meeting, document.currentVersion(), document.flexibleParticipation(),
                seats.counted(document.framework(), date), latest);
    }

    private ConsensusMatrix readableRows(Document document, LocalDate date, ConsensusMatrix matrix) {
        Actor actor = access.actor();
        List<PartyCode> members = seats.members(document.framework(), date);
        return matrix.onlyRowsOf(party -> access.mayReadPositionOf(actor, party, members));
    }

    /** Every position ever recorded on the document that the actor may see, in the order recorded. */
    @Transactional(readOnly = true)
    public List<PositionRecord> positionHistory(DocumentId id) {
        Document document = visible(id);
        Actor actor = access.actor();
        List<PartyCode> members = seats.members(document.framework(), document.participationDate());
        return ledger.positions(id).stream().filter(p -> access.mayReadPositionOf(actor, p.row().party(), members)).toList();
    }

    @Transactional(readOnly = true)
    public List<SilenceView> silences(DocumentId id) {
        visible(id);
        return ledger.silences(id);
    }

    /** What the current actor may do on the document. */
    @Transactional(readOnly = true)
    public DocumentPermissions permissions(DocumentId id) {
        Document document = visible(id);
        Actor actor = access.actor();
        List<MeetingId> path = ledger.path(id);
        Optional<MeetingId> stage = currentStage(document, path, ledger.decisions(id));
        int stageYear = stage.flatMap(calendar::summary).map(s -> s.dates().startDate().getYear()).orElse(document.year());
        LocalDate date = stage.flatMap(calendar::summary).map(s -> s.dates().startDate()).orElse(document.participationDate());
        List<PartyCode> speaksFor = seats.counted(document.framework(), date).stream()
                .filter(party -> access.mayActForParty(actor, party)).toList();
        return new DocumentPermissions(access.mayHoldPen(actor, document.year(), document.lead()),
                access.mayDecideOnDocuments(actor, stageYear), speaksFor,
                !document.published() && access.mayReviseDocumentRecord(actor, document.year(), document.lead(), document.lead()));
    }

    /**
     * The meeting's outcome list: each readable document on whose path it lies and which it decided on, with its latest
     * decision there, by symbol.
     */
    @Transactional(readOnly = true)
    public List<Outcome> outcomesOf(MeetingId meeting) {
        Actor actor = access.actor();
        Map<DocumentId, DecisionView> latest = new LinkedHashMap<>();
        ledger.decisionsAt(meeting).forEach(d -> latest.put(d.document(), d));
        if (latest.isEmpty()) {
            return List.of();
        }
        return documents.findAllById(latest.keySet()).stream().filter(d -> readable(actor, d))
                .sorted(Comparator.comparing(Document::symbol))
                .map(d -> {
                    DecisionView decision = latest.get(d.id());
                    return new Outcome(d.id(), d.symbol(), d.kind(), d.title(), d.classification(), meeting, decision.decision(),
                            decision.version(), decision.decidedOn());
                }).toList();
    }

    /** The documents on the meeting's path that the actor may read, with their latest decision and matrix there. */
    @Transactional(readOnly = true)
    public List<MeetingDocument> atMeeting(MeetingId meeting) {
        Actor actor = access.actor();
        MeetingSummary summary = calendar.summary(meeting).orElseThrow(() -> new NotFound("meeting", meeting));
        List<DocumentId> ids = ledger.onPathOf(meeting);
        if (ids.isEmpty()) {
            return List.of();
        }
        // The tables of a meeting's documents are few: who sits at each is worked out once per framework and date.
        Map<String, List<PartyCode>> seated = new HashMap<>();
        List<Document> found = documents.findAllById(ids).stream()
                .filter(d -> access.mayReadDocument(actor, seated.computeIfAbsent(d.framework() + "@" + d.participationDate(),
                        key -> seats.counted(d.framework(), d.participationDate())), d.published(), d.classification() == Classification.RESTRICTED))
                .sorted(Comparator.comparing(Document::symbol)).toList();
        List<DocumentId> readableIds = found.stream().map(Document::id).toList();
        Map<DocumentId, List<MeetingId>> paths = ledger.paths(readableIds);
        Map<DocumentId, DecisionView> latest = new HashMap<>();
        ledger.decisionsAt(meeting).forEach(d -> latest.put(d.document(), d));
        Map<DocumentId, Integer> versions = new LinkedHashMap<>();
        found.forEach(d -> versions.put(d.id(), d.currentVersion()));
        Map<DocumentId, Map<PartyCode, ConsensusMatrix.Row>> positions = ledger.latestPositions(meeting, versions);
        LocalDate date = summary.dates().startDate();
        Map<FrameworkCode, List<PartyCode>> counted = new HashMap<>();
        Map<FrameworkCode, List<PartyCode>> members = new HashMap<>();
        List<MeetingDocument> result = new ArrayList<>();
        for (Document document : found) {
            List<PartyCode> memberStates = members.computeIfAbsent(document.framework(), f -> seats.members(f, date));
            ConsensusMatrix matrix = document.currentVersion() == 0 ? null
                    : ConsensusMatrix.of(document.id(), meeting, document.currentVersion(), document.flexibleParticipation(),
                            counted.computeIfAbsent(document.framework(), f -> seats.counted(f, date)), positions.get(document.id()))
                    .onlyRowsOf(party -> access.mayReadPositionOf(actor, party, memberStates));
            result.add(new MeetingDocument(view(document, paths.get(document.id())), latest.get(document.id()), matrix));
        }
        return result;
    }

    /** The document if the actor may read it; otherwise, as if it did not exist. */
    Document visible(DocumentId id) {
        Actor actor = access.actor();
        return documents.findById(id).filter(d -> readable(actor, d)).orElseThrow(() -> new NotFound("document", id));
    }

    boolean readable(Actor actor, Document document) {
        return access.mayReadDocument(actor, seats.counted(document.framework(), document.participationDate()), document.published(),
                document.classification() == Classification.RESTRICTED);
    }

    static DocumentView view(Document d, List<MeetingId> path) {
        return new DocumentView(d.id(), d.symbol(), d.kind(), d.framework(), d.year(), d.title(), d.lead(), d.classification(),
                d.flexibleParticipation(), d.published(), d.currentVersion(), path == null ? List.of() : path, d.participationDate(),
                d.version(), d.registeredBy(), d.createdAt(), d.updatedAt());
    }
}
