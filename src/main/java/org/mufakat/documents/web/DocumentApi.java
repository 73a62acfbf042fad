package org.mufakat.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.documents.AmendmentId;
import org.mufakat.documents.AmendmentStatus;
import org.mufakat.documents.BreakSilence;
import org.mufakat.documents.DocumentDecisions;
import org.mufakat.documents.DocumentDrafting;
import org.mufakat.documents.DocumentId;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentView;
import org.mufakat.documents.ProposeAmendment;
import org.mufakat.documents.RecordDecision;
import org.mufakat.documents.RecordPosition;
import org.mufakat.documents.RegisterDocument;
import org.mufakat.documents.ReviseDocumentRecord;
import org.mufakat.documents.SaveText;
import org.mufakat.documents.StartSilence;
import org.mufakat.documents.VersionView;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.ApiInput;
import org.mufakat.platform.web.Bilingual;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Outcome documents: register, revise the record, draft in versions, compare, amend, take positions, decide, run silence
 * procedures.
 * A document the caller may not read answers 404, as if it did not exist.
 */
@RestController
@Tag(name = "Documents", description = "Outcome documents from draft to adoption: versions, amendments, positions, decisions, silence")
class DocumentApi {

    private final DocumentRecords records;
    private final DocumentDrafting drafting;
    private final DocumentDecisions decisions;
    private final Clock clock;

    DocumentApi(DocumentRecords records, DocumentDrafting drafting, DocumentDecisions decisions, Clock clock) {
        this.records = records;
        this.drafting = drafting;
        this.decisions = decisions;
        this.clock = clock;
    }

    @GetMapping("/api/v1/documents")
    @Operation(summary = "The documents of a year (default: this year), optionally of one framework, that the caller may read")
    List<DocumentJson> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String framework) {
        return records.list(year == null ? LocalDate.now(clock).getYear() : year, ApiInput.code("framework", framework, FrameworkCode::of))
                .stream().map(DocumentJson::of).toList();
    }

    @PostMapping("/api/v1/documents")
    @Operation(summary = "Register a document", description = "Its symbol (framework/year/kind/number) is allocated once and kept for life. "
            + "Refused (422) for an unknown framework, a path meeting of another framework or out of order, a lead that is no member.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names it")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    ResponseEntity<DocumentJson> register(@RequestBody DocumentRequests.Register request) {
        DocumentView saved = drafting.register(new RegisterDocument(request.kind(),
                ApiInput.code("framework", request.framework(), FrameworkCode::of), Bilingual.toText(request.title()),
                ApiInput.code("lead", request.lead(), PartyCode::of), request.classification(), Boolean.TRUE.equals(request.flexibleParticipation()),
                request.path() == null ? List.of() : request.path().stream().map(MeetingId::new).toList(), request.text(), request.note()));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + saved.id())).body(DocumentJson.of(saved));
    }

    @GetMapping("/api/v1/documents/{id}")
    @Operation(summary = "One document; its ETag is the record's version")
    ResponseEntity<DocumentJson> document(@PathVariable UUID id) {
        DocumentView document = records.get(new DocumentId(id));
        return ResponseEntity.ok().eTag(ApiInput.etag(document.version())).body(DocumentJson.of(document));
    }

    @PutMapping("/api/v1/documents/{id}")
    @Operation(summary = "Revise a document's record: titles, lead, classification and path",
            description = "The body replaces them; kind, framework and year make up the symbol and never change. Needs the record's version "
                    + "edited, as 'version' in the body or as If-Match (the ETag of the GET). The path is checked as at registration "
                    + "(meetings that exist, of the framework, in date order, the first in the symbol's year); a meeting that decided "
                    + "on the document stays on it; a final document's record no longer changes.")
    @ApiResponse(responseCode = "200", description = "Revised")
    @ApiResponse(responseCode = "403", description = "The caller may read the document but not hold its pen")
    @ApiResponse(responseCode = "404", description = "No such document, or one the caller may not read")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since that version; 'changes' lists what changed")
    @ApiResponse(responseCode = "422", description = "Breaks a rule; 'errors' names the fields")
    @ApiResponse(responseCode = "428", description = "No version given")
    ResponseEntity<DocumentJson> revise(@PathVariable UUID id, @RequestBody DocumentRequests.Revise request,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiInput.requiredVersion(request.version(), ifMatch);
        DocumentView saved = drafting.reviseRecord(new ReviseDocumentRecord(new DocumentId(id), version, Bilingual.toText(request.title()),
                ApiInput.code("lead", request.lead(), PartyCode::of), request.classification(),
                request.path() == null ? List.of() : request.path().stream().map(MeetingId::new).toList()));
        return ResponseEntity.ok().eTag(ApiInput.etag(saved.version())).body(DocumentJson.of(saved));
    }

    @GetMapping("/api/v1/documents/{id}/versions")
    @Operation(summary = "The versions of a document's text: who saved each, when and why")
    List<DocumentJson.VersionEntry> versions(@PathVariable UUID id) {
        return records.versions(new DocumentId(id)).stream().map(DocumentJson.VersionEntry::of).toList();
    }

    @GetMapping("/api/v1/documents/{id}/versions/{number}")
    @Operation(summary = "One version: the markup as typed and the structured blocks (preamble, numbered operative paragraphs, annexes)")
    DocumentJson.Version version(@PathVariable UUID id, @PathVariable int number) {
        return DocumentJson.Version.of(records.getVersion(new DocumentId(id), number));
    }

    @PostMapping("/api/v1/documents/{id}/versions")
    @Operation(summary = "Save a new version of the text",
            description = "'baseVersion' is the version edited. If another version was saved meanwhile: 409, 'changes' lists the paragraphs.")
    @ApiResponse(responseCode = "201", description = "Saved")
    @ApiResponse(responseCode = "409", description = "Saved over a stale version; 'changes' lists what changed meanwhile")
    @ApiResponse(responseCode = "422", description = "Breaks a rule (text unchanged, under silence, final, malformed)")
    ResponseEntity<DocumentJson.Version> save(@PathVariable UUID id, @RequestBody DocumentRequests.Text request) {
        VersionView saved = drafting.save(new SaveText(new DocumentId(id), required("baseVersion", request.baseVersion()), request.text(),
                request.note()));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/versions/" + saved.number())).body(DocumentJson.Version.of(saved));
    }

    @PostMapping("/api/v1/documents/{id}/versions/{number}/restore")
    @Operation(summary = "Save an old version's text again as the newest version")
    ResponseEntity<DocumentJson.Version> restore(@PathVariable UUID id, @PathVariable int number, @RequestBody DocumentRequests.Restore request) {
        VersionView saved = drafting.restore(new DocumentId(id), number, required("baseVersion", request.baseVersion()), request.note());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/versions/" + saved.number())).body(DocumentJson.Version.of(saved));
    }

    @GetMapping("/api/v1/documents/{id}/compare")
    @Operation(summary = "Compare two versions paragraph by paragraph, with the words inserted and deleted in changed paragraphs")
    DocumentJson.Comparison compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
        return DocumentJson.Comparison.of(records.compare(new DocumentId(id), from, to));
    }

    @GetMapping("/api/v1/documents/{id}/amendments")
    @Operation(summary = "The amendments proposed to a document, with how they were settled")
    List<DocumentJson.Amendment> amendments(@PathVariable UUID id) {
        return records.amendments(new DocumentId(id)).stream().map(DocumentJson.Amendment::of).toList();
    }

    @PostMapping("/api/v1/documents/{id}/amendments")
    @Operation(summary = "Propose an amendment for a state: insert after, delete or replace a paragraph of a version, with a reason",
            description = "Refused (422) when the paragraph no longer exists in the current text or the state does not sit at the table.")
    @ApiResponse(responseCode = "201", description = "Proposed")
    ResponseEntity<DocumentJson.Amendment> propose(@PathVariable UUID id, @RequestBody DocumentRequests.Amend request) {
        var saved = drafting.propose(new ProposeAmendment(new DocumentId(id), ApiInput.code("party", request.party(), PartyCode::of),
                required("baseVersion", request.baseVersion()), request.paragraph(), request.operation(), request.proposedText(), request.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).body(DocumentJson.Amendment.of(saved));
    }

    @PostMapping("/api/v1/documents/{id}/amendments/{amendment}/{outcome}")
    @Operation(summary = "Settle an amendment: accept (applied as a new version), reject, overtaken (by the pen-holder) or withdraw (by its state)")
    DocumentJson.Amendment settle(@PathVariable UUID id, @PathVariable UUID amendment, @PathVariable String outcome,
                                  @RequestBody(required = false) DocumentRequests.Settle request) {
        AmendmentId amendmentId = new AmendmentId(amendment);
        if (records.amendments(new DocumentId(id)).stream().noneMatch(a -> a.id().equals(amendmentId))) {
            throw new NotFound("amendment", amendment);
        }
        return DocumentJson.Amendment.of(drafting.settle(amendmentId, outcome(outcome), request == null ? null : request.version()));
    }

    @GetMapping("/api/v1/documents/{id}/journey")
    @Operation(summary = "The meetings on the document's path, in order, each with its decisions; the stage under way marked 'current'")
    List<DocumentJson.StageEntry> journey(@PathVariable UUID id) {
        return records.journey(new DocumentId(id)).stream().map(DocumentJson.StageEntry::of).toList();
    }

    @GetMapping("/api/v1/documents/{id}/positions")
    @Operation(summary = "The consensus matrix of the current version at a meeting (default: the stage under way)",
            description = "Member states of the framework see every state's position; partners only their own ('partial').")
    DocumentJson.Matrix matrix(@PathVariable UUID id, @RequestParam(required = false) UUID meeting) {
        DocumentId document = new DocumentId(id);
        MeetingId at = meeting != null ? new MeetingId(meeting) : records.currentStage(document)
                .orElseThrow(() -> new NotFound("stage", id));
        return DocumentJson.Matrix.of(records.matrix(document, at));
    }

    @PostMapping("/api/v1/documents/{id}/positions")
    @Operation(summary = "Record a state's position on the current version at a meeting of the path",
            description = "Refused (422) from a state that does not count at that meeting (not a member or participant at its date).")
    @ApiResponse(responseCode = "201", description = "Recorded")
    ResponseEntity<DocumentJson.Row> position(@PathVariable UUID id, @RequestBody DocumentRequests.PositionTaken request) {
        var row = decisions.recordPosition(new RecordPosition(new DocumentId(id), request.meeting() == null ? null : new MeetingId(request.meeting()),
                ApiInput.code("party", request.party(), PartyCode::of), request.position(), request.paragraphs(), request.confirmBy(),
                request.confirmedOn(), request.note()));
        return ResponseEntity.status(HttpStatus.CREATED).body(DocumentJson.Row.of(row));
    }

    @PostMapping("/api/v1/documents/{id}/decisions")
    @Operation(summary = "Record a meeting's decision on the version under consideration",
            description = "Agreed, endorsed, adopted and signed need consensus (agreed ad referendum: concurrences still to be confirmed "
                    + "suffice); issued is for the Chair's own papers. Refused (422) for another version than the current one.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    ResponseEntity<DocumentJson.DecisionEntry> decide(@PathVariable UUID id, @RequestBody DocumentRequests.Decide request) {
        var decided = decisions.decide(new RecordDecision(new DocumentId(id), request.meeting() == null ? null : new MeetingId(request.meeting()),
                request.decision(), required("version", request.version()), Boolean.TRUE.equals(request.adReferendum()), request.note()));
        return ResponseEntity.status(HttpStatus.CREATED).body(DocumentJson.DecisionEntry.of(decided));
    }

    @GetMapping("/api/v1/documents/{id}/silences")
    @Operation(summary = "The silence procedures run on a document")
    List<DocumentJson.Silence> silences(@PathVariable UUID id) {
        return records.silences(new DocumentId(id)).stream().map(DocumentJson.Silence::of).toList();
    }

    @PostMapping("/api/v1/documents/{id}/silences")
    @Operation(summary = "Put the current version under silence until a deadline (local date and time in a zone)",
            description = "Refused (422) for a deadline already passed. At the deadline, unbroken, the version is adopted at that stage.")
    @ApiResponse(responseCode = "201", description = "Started")
    ResponseEntity<DocumentJson.Silence> startSilence(@PathVariable UUID id, @RequestBody DocumentRequests.Silence request) {
        ZoneId zone = request.zone() == null || request.zone().isBlank() ? null
                : ApiInput.valid("zone", "silence.zone.unknown", () -> {
                    try {
                        return ZoneId.of(request.zone().strip());
                    } catch (java.time.DateTimeException e) {
                        throw new IllegalArgumentException("Not a time zone: " + request.zone());
                    }
                });
        var started = decisions.startSilence(new StartSilence(new DocumentId(id), request.meeting() == null ? null : new MeetingId(request.meeting()),
                required("version", request.version()), request.deadline(), zone));
        return ResponseEntity.status(HttpStatus.CREATED).body(DocumentJson.Silence.of(started));
    }

    @PostMapping("/api/v1/documents/{id}/silences/break")
    @Operation(summary = "Break the running silence procedure for a state, with a reason, before its deadline")
    DocumentJson.Silence breakSilence(@PathVariable UUID id, @RequestBody DocumentRequests.BreakSilence request) {
        return DocumentJson.Silence.of(decisions.breakSilence(new BreakSilence(new DocumentId(id),
                ApiInput.code("party", request.party(), PartyCode::of), request.reason())));
    }

    @GetMapping("/api/v1/meetings/{id}/outcomes")
    @Operation(summary = "A meeting's outcome documents, as far as the caller may read: those it made final (adopted, noted, signed, "
            + "issued), as the outcome page and exports list them; with all=true every document it decided on, with its latest decision there")
    List<DocumentJson.OutcomeEntry> outcomes(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean all) {
        return records.outcomesOf(new MeetingId(id)).stream().filter(outcome -> all || outcome.decision().publishes())
                .map(DocumentJson.OutcomeEntry::of).toList();
    }

    static AmendmentStatus outcome(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "accept" -> AmendmentStatus.ACCEPTED;
            case "reject" -> AmendmentStatus.REJECTED;
            case "overtaken" -> AmendmentStatus.OVERTAKEN;
            case "withdraw" -> AmendmentStatus.WITHDRAWN;
            default -> throw new NotFound("amendment action", text);
        };
    }

    private static int required(String field, Integer value) {
        if (value == null) {
            throw RuleViolation.of(field, "input.required", "'" + field + "' is required");
        }
        return value;
    }
}
