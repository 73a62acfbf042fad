package org.mufakat.documents;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The append-only records beside a document: symbol numbers, path, versions, positions, decisions, silence
 * procedures. Rows are only ever added (and a silence procedure closed once, by a conditional update).
 */
@Repository
class DocumentLedger {

    private final JdbcClient jdbc;

    DocumentLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the framework's documents of the kind in the year: one statement, safe under concurrency. */
    int nextNumber(String framework, int year, DocumentKind kind) {
        return jdbc.sql("""
                        insert into document_number (framework_code, year, kind, last_number) values (?, ?, ?, 1)
                        on conflict (framework_code, year, kind) do update set last_number = document_number.last_number + 1
                        returning last_number""")
                .params(framework, year, kind.name()).query(Integer.class).single();
    }

    void recordPath(DocumentId document, List<MeetingId> path) {
        for (int i = 0; i < path.size(); i++) {
            jdbc.sql("insert into document_path (document_id, position, meeting_id) values (?, ?, ?)")
                    .params(document.value(), i, path.get(i).value()).update();
        }
    }

    /** The path anew, once the record's revision has been checked. */
    void replacePath(DocumentId document, List<MeetingId> path) {
        jdbc.sql("delete from document_path where document_id = ?").param(document.value()).update();
        recordPath(document, path);
    }

    List<MeetingId> path(DocumentId document) {
        return jdbc.sql("select meeting_id from document_path where document_id = ? order by position")
                .param(document.value()).query((rs, n) -> new MeetingId(rs.getObject(1, UUID.class))).list();
    }

    Map<DocumentId, List<MeetingId>> paths(Collection<DocumentId> documents) {
        Map<DocumentId, List<MeetingId>> paths = new LinkedHashMap<>();
        documents.forEach(d -> paths.put(d, new ArrayList<>()));
        if (documents.isEmpty()) {
            return paths;
        }
        jdbc.sql("select document_id, meeting_id from document_path where document_id = any(?) order by document_id, position")
                .param(uuids(documents))
                .query((RowCallbackHandlerAdapter) rs -> paths.get(new DocumentId(rs.getObject(1, UUID.class)))
                        .add(new MeetingId(rs.getObject(2, UUID.class))));
        return paths;
    }

    List<DocumentId> onPathOf(MeetingId meeting) {
        return jdbc.sql("""
                        select p.document_id from document_path p join document d on d.id = p.document_id
                        where p.meeting_id = ? order by d.symbol""")
                .param(meeting.value()).query((rs, n) -> new DocumentId(rs.getObject(1, UUID.class))).list();
    }

    void recordVersion(DocumentId document, int number, String text, String author, Instant savedAt, String note, Integer restoredFrom) {
        jdbc.sql("""
                        insert into document_version (document_id, number, text, author, saved_at, note, restored_from)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(document.value(), number, text, author, utc(savedAt), note, restoredFrom).update();
    }

    Optional<VersionView> version(DocumentId document, int number) {
        return jdbc.sql("select number, text, author, saved_at, note, restored_from from document_version where document_id = ? and number = ?")
                .params(document.value(), number)
                .query((rs, n) -> new VersionView(document, rs.getInt(1), StructuredText.parse(rs.getString(2)), rs.getString(3),
                        instant(rs, 4), rs.getString(5), (Integer) rs.getObject(6)))
                .optional();
    }

    Optional<String> markup(DocumentId document, int number) {
        return jdbc.sql("select text from document_version where document_id = ? and number = ?")
                .params(document.value(), number).query(String.class).optional();
    }

    List<VersionSummary> versions(DocumentId document) {
        return jdbc.sql("select number, author, saved_at, note, restored_from from document_version where document_id = ? order by number")
                .param(document.value())
                .query((rs, n) -> new VersionSummary(rs.getInt(1), rs.getString(2), instant(rs, 3), rs.getString(4), (Integer) rs.getObject(5)))
                .list();
    }

    /** The document's current version number, read under a share lock: positions recorded together do not wait for one another. */
    int currentVersionLocked(DocumentId document) {
        return jdbc.sql("select current_version from document where id = ? for share").param(document.value()).query(Integer.class).single();
    }

    long recordPosition(RecordPosition position, int version, String by, Instant at) {
        return jdbc.sql("""
                        insert into document_position (document_id, meeting_id, version_number, party_code, position, paragraphs,
                            confirm_by, confirmed_on, note, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning seq""")
                .params(position.document().value(), position.meeting().value(), version, position.party().value(),
                        position.position().name(), position.paragraphs().isEmpty() ? null : String.join(",", position.paragraphs()),
                        position.confirmBy(), position.confirmedOn(), position.note(), by, utc(at))
                .query(Long.class).single();
    }

    /** Each state's latest position on the version at the meeting. */
    Map<PartyCode, ConsensusMatrix.Row> latestPositions(DocumentId document, MeetingId meeting, int version) {
        Map<PartyCode, ConsensusMatrix.Row> latest = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct on (party_code) party_code, position, paragraphs, confirm_by, confirmed_on, note, recorded_by, recorded_at
                        from document_position where document_id = ? and meeting_id = ? and version_number = ?
                        order by party_code, seq desc""")
                .params(document.value(), meeting.value(), version)
                .query((RowCallbackHandlerAdapter) rs -> latest.put(PartyCode.of(rs.getString(1)), row(rs, 1)));
        return latest;
    }

    /** The latest positions of many documents' versions at one meeting, for lists. */
    Map<DocumentId, Map<PartyCode, ConsensusMatrix.Row>> latestPositions(MeetingId meeting, Map<DocumentId, Integer> versions) {
        Map<DocumentId, Map<PartyCode, ConsensusMatrix.Row>> latest = new LinkedHashMap<>();
        versions.keySet().forEach(d -> latest.put(d, new LinkedHashMap<>()));
        if (versions.isEmpty()) {
            return latest;
        }
        List<UUID> ids = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        versions.forEach((d, v) -> {
            ids.add(d.value());
            numbers.add(v);
        });
        jdbc.sql("""
                        select distinct on (p.document_id, p.party_code) p.party_code, p.position, p.paragraphs, p.confirm_by, p.confirmed_on,
                            p.note, p.recorded_by, p.recorded_at, p.document_id
                        from document_position p join unnest(?, ?) as w(document_id, version_number)
                          on w.document_id = p.document_id and w.version_number = p.version_number
                        where p.meeting_id = ?
                        order by p.document_id, p.party_code, p.seq desc""")
                .params(ids.toArray(UUID[]::new), numbers.toArray(Integer[]::new), meeting.value())
                .query((RowCallbackHandlerAdapter) rs -> latest.get(new DocumentId(rs.getObject(9, UUID.class)))
                        .put(PartyCode.of(rs.getString(1)), row(rs, 1)));
        return latest;
    }

    List<PositionRecord> positions(DocumentId document) {
        return jdbc.sql("""
                        select seq, meeting_id, version_number, party_code, position, paragraphs, confirm_by, confirmed_on, note, recorded_by,
                            recorded_at from document_position where document_id = ? order by seq""")
                .param(document.value())
                .query((rs, n) -> new PositionRecord(rs.getLong(1), new MeetingId(rs.getObject(2, UUID.class)), rs.getInt(3),
                        row(rs, 4)))
                .list();
    }

    private static ConsensusMatrix.Row row(ResultSet rs, int first) throws SQLException {
        String paragraphs = rs.getString(first + 2);
        return new ConsensusMatrix.Row(PartyCode.of(rs.getString(first)), Position.valueOf(rs.getString(first + 1)),
                paragraphs == null ? List.of() : Arrays.asList(paragraphs.split(",")), rs.getObject(first + 3, LocalDate.class),
                rs.getObject(first + 4, LocalDate.class), rs.getString(first + 5), rs.getString(first + 6), instant(rs, first + 7));
    }

    long recordDecision(DocumentId document, RecordDecision decision, LocalDate decidedOn, Instant decidedAt, SilenceId silence,
                        String by, Instant at) {
        return jdbc.sql("""
                        insert into document_decision (document_id, meeting_id, decision, ad_referendum, version_number, decided_on,
                            decided_at, note, silence_id, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning seq""")
                .params(document.value(), decision.meeting().value(), decision.decision().name(), decision.adReferendum(),
                        decision.version(), decidedOn, utc(decidedAt), decision.note(), silence == null ? null : silence.value(), by, utc(at))
                .query(Long.class).single();
    }

    private static final String DECISION_COLUMNS = """
            document_id, meeting_id, decision, ad_referendum, version_number, decided_on, decided_at, note, silence_id, recorded_by, recorded_at""";

    List<DecisionView> decisions(DocumentId document) {
        return jdbc.sql("select " + DECISION_COLUMNS + " from document_decision where document_id = ? order by seq")
                .param(document.value()).query((rs, n) -> decision(rs)).list();
    }

    /** Every decision at the meeting, in the order recorded. */
    List<DecisionView> decisionsAt(MeetingId meeting) {
        return jdbc.sql("select " + DECISION_COLUMNS + " from document_decision where meeting_id = ? order by seq")
                .param(meeting.value()).query((rs, n) -> decision(rs)).list();
    }

    List<DecisionView> decisions(Collection<DocumentId> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + DECISION_COLUMNS + " from document_decision where document_id = any(?) order by seq")
                .param(uuids(documents)).query((rs, n) -> decision(rs)).list();
    }

    private static DecisionView decision(ResultSet rs) throws SQLException {
        return new DecisionView(new DocumentId(rs.getObject(1, UUID.class)), new MeetingId(rs.getObject(2, UUID.class)),
                Decision.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getInt(5), rs.getObject(6, LocalDate.class), instant(rs, 7),
                rs.getString(8), rs.getObject(9) != null, rs.getString(10), instant(rs, 11));
    }

    void startSilence(SilenceId id, StartSilence command, String by, Instant at) {
        jdbc.sql("""
                        insert into document_silence (id, document_id, meeting_id, version_number, deadline, time_zone, status, started_by, started_at)
                        values (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)""")
                .params(id.value(), command.document().value(), command.meeting().value(), command.version(),
                        utc(command.deadlineInstant()), command.zone().getId(), by, utc(at))
                .update();
    }

    private static final String SILENCE_COLUMNS = """
            id, document_id, meeting_id, version_number, deadline, time_zone, status, started_by, started_at, broken_by, broken_reason,
            broken_at, closed_at""";

    List<SilenceView> silences(DocumentId document) {
        return jdbc.sql("select " + SILENCE_COLUMNS + " from document_silence where document_id = ? order by started_at")
                .param(document.value()).query((rs, n) -> silence(rs)).list();
    }

    Optional<SilenceView> running(DocumentId document) {
        return jdbc.sql("select " + SILENCE_COLUMNS + " from document_silence where document_id = ? and status = 'RUNNING'")
                .param(document.value()).query((rs, n) -> silence(rs)).optional();
    }

    /** Breaks the running procedure if its deadline has not passed; false when it had already ended. */
    boolean breakSilence(SilenceId id, PartyCode party, String reason, Instant now) {
        return jdbc.sql("""
                        update document_silence set status = 'BROKEN', broken_by = ?, broken_reason = ?, broken_at = ?, closed_at = ?
                        where id = ? and status = 'RUNNING' and deadline > ?""")
                .params(party.value(), reason, utc(now), utc(now), id.value(), utc(now)).update() == 1;
    }

    /** The procedures whose deadline has passed, locked for this runner; others skip them. */
    List<SilenceView> dueLocked(Instant now, int limit) {
        return jdbc.sql("select " + SILENCE_COLUMNS + " from document_silence where status = 'RUNNING' and deadline <= ? "
                        + "order by deadline limit ? for update skip locked")
                .params(utc(now), limit).query((rs, n) -> silence(rs)).list();
    }

    /** Closes the procedure as adopted, exactly once: false if another runner got there first. */
    boolean closeAdopted(SilenceId id, Instant now) {
        return jdbc.sql("update document_silence set status = 'ADOPTED', closed_at = ? where id = ? and status = 'RUNNING'")
                .params(utc(now), id.value()).update() == 1;
    }

    private static SilenceView silence(ResultSet rs) throws SQLException {
        String brokenBy = rs.getString(10);
        return new SilenceView(new SilenceId(rs.getObject(1, UUID.class)), new DocumentId(rs.getObject(2, UUID.class)),
                new MeetingId(rs.getObject(3, UUID.class)), rs.getInt(4), instant(rs, 5), ZoneId.of(rs.getString(6)),
                SilenceStatus.valueOf(rs.getString(7)), rs.getString(8), instant(rs, 9), brokenBy == null ? null : PartyCode.of(brokenBy),
                rs.getString(11), instant(rs, 12), instant(rs, 13));
    }

    private static UUID[] uuids(Collection<DocumentId> documents) {
        return documents.stream().map(DocumentId::value).toArray(UUID[]::new);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A row handler as a lambda, without the overloads of JdbcClient's query method getting in the way. */
    @FunctionalInterface
    interface RowCallbackHandlerAdapter extends org.springframework.jdbc.core.RowCallbackHandler {
    }
}
