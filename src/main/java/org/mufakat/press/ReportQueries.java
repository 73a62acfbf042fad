package org.mufakat.press;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The press intake's read side and its side tables: archived raw bytes, fingerprints, listings, provenance. */
@Repository
class ReportQueries {

    /** Four minhash slots of 8 hex digits: a band, as {@code press_report_band} stores it. */
    static final int BAND_DIGITS = 32;

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void archive(ReportId report, byte[] content) {
        jdbc.sql("insert into press_raw (report_id, content) values (?, ?)").params(report.value(), content).update();
    }

    Optional<byte[]> raw(ReportId report) {
        return jdbc.sql("select content from press_raw where report_id = ?").param(report.value()).query(byte[].class).optional();
    }

    record Fingerprinted(ReportId id, ReportId copyOf, Fingerprint fingerprint) {
    }

    /**
     * The stored fingerprints that could be of the same article, oldest first: the same digest, or at least one of the
     * 16 minhash bands equal (every report whose resemblance reaches {@link Fingerprint#NEAR_DUPLICATE} shares four).
     */
    List<Fingerprinted> fingerprintsLike(Fingerprint fingerprint) {
        String slots = fingerprint.minhashHex();
        List<Integer> bands = new java.util.ArrayList<>();
        List<String> keys = new java.util.ArrayList<>();
        for (int band = 0; band < slots.length() / BAND_DIGITS; band++) {
            bands.add(band);
            keys.add(slots.substring(band * BAND_DIGITS, (band + 1) * BAND_DIGITS));
        }
        return jdbc.sql("""
                        select id, copy_of, fingerprint_digest, fingerprint_simhash, fingerprint_minhash from press_report
                        where fingerprint_digest = ?
                           or id in (select report_id from press_report_band
                                     where (band, band_key) in (select * from unnest(cast(? as smallint[]), cast(? as text[]))))
                        order by imported_at""")
                .params(fingerprint.digest(), bands.toArray(Integer[]::new), keys.toArray(String[]::new))
                .query((rs, n) -> new Fingerprinted(new ReportId(rs.getObject("id", UUID.class)),
                        rs.getObject("copy_of", UUID.class) == null ? null : new ReportId(rs.getObject("copy_of", UUID.class)),
                        Fingerprint.of(rs.getString("fingerprint_digest"), rs.getString("fingerprint_simhash"), rs.getString("fingerprint_minhash"))))
                .list();
    }

    List<ReportSummary> summaries(String where, Object... params) {
        return jdbc.sql("""
                        select r.id, r.title, r.language, r.raw_file_name, r.source_url, r.published, r.imported_by, r.imported_at, r.copy_of,
                               count(f.position) as facts, count(f.position) filter (where f.status <> 'PROPOSED') as decided
                        from press_report r left join press_fact f on f.report_id = r.id
                        """ + where + """

                        group by r.id order by r.imported_at desc, r.id""")
                .params(List.of(params))
                .query((rs, n) -> {
                    int facts = rs.getInt("facts");
                    int decided = rs.getInt("decided");
                    ReviewStatus status = decided == 0 && facts > 0 ? ReviewStatus.NEW : decided == facts ? ReviewStatus.REVIEWED
                            : ReviewStatus.PARTLY_REVIEWED;
                    Date published = rs.getDate("published");
                    UUID copyOf = rs.getObject("copy_of", UUID.class);
                    return new ReportSummary(new ReportId(rs.getObject("id", UUID.class)), rs.getString("title"), rs.getString("language"),
                            rs.getString("raw_file_name"), rs.getString("source_url"), published == null ? null : published.toLocalDate(),
                            rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(),
                            copyOf == null ? null : new ReportId(copyOf), facts, decided, status);
                }).list();
    }

    List<ReportSummary> all() {
        return summaries("");
    }

    List<ReportSummary> copiesOf(ReportId report) {
        return summaries("where r.copy_of = ?", report.value());
    }

    void recordProvenance(ReportId report, int position, Span span, RecordRef record, String by, Instant at) {
        jdbc.sql("""
                        insert into press_provenance (report_id, position, span_start, span_end, record_type, record_id, meeting_id,
                                                      record_year, action, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(report.value(), position, span.start(), span.end(), record.type(), record.id(), record.meeting(), record.year(),
                        record.action().name(), by, Timestamp.from(at))
                .update();
    }

    List<RecordRef> provenance(ReportId report, int position) {
        return jdbc.sql("""
                        select record_type, record_id, meeting_id, record_year, action from press_provenance
                        where report_id = ? and position = ? order by id""")
                .params(report.value(), position)
                .query((rs, n) -> new RecordRef(rs.getString("record_type"), rs.getObject("record_id", UUID.class),
                        rs.getObject("meeting_id", UUID.class), rs.getObject("record_year", Integer.class),
                        RecordRef.Action.valueOf(rs.getString("action"))))
                .list();
    }

    List<CoveringReport> covering(UUID meeting) {
        return jdbc.sql("""
                        select r.id, r.title, r.source_url, r.published, count(distinct p.position) as facts
                        from press_provenance p join press_report r on r.id = p.report_id
                        where p.meeting_id = ?
                        group by r.id order by r.published nulls last, r.imported_at""")
                .param(meeting)
                .query((rs, n) -> {
                    Date published = rs.getDate("published");
                    return new CoveringReport(new ReportId(rs.getObject("id", UUID.class)), rs.getString("title"), rs.getString("source_url"),
                            published == null ? null : published.toLocalDate(), rs.getInt("facts"));
                }).list();
    }

    List<ReportMention> mentioning(List<String> phrases, int limit) {
        List<Object> params = new java.util.ArrayList<>(phrases.stream()
                .map(p -> (Object) ("%" + p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")).toList());
        params.add(limit * 3);
        // One ilike per phrase, so that each can use the trigram index (press_report_text_trgm) and their hits be joined.
        String anyPhrase = String.join(" or ", java.util.Collections.nCopies(phrases.size(), "cleaned_text ilike ?"));
        List<java.util.regex.Pattern> wanted = phrases.stream()
                .map(Sentences::phrase)
                .toList();
        return jdbc.sql("""
                        select id, title, source_url, published, language, cleaned_text from press_report
                        where copy_of is null and (%s)
                        order by published desc nulls last, imported_at desc limit ?""".formatted(anyPhrase))
                .params(params)
                .query((rs, n) -> {
                    ReportId id = new ReportId(rs.getObject("id", UUID.class));
                    String title = rs.getString("title");
                    String sourceUrl = rs.getString("source_url");
                    LocalDate published = date(rs.getDate("published"));
                    String language = rs.getString("language");
                    return Sentences.mention(rs.getString("cleaned_text"), wanted)
                            .map(found -> new ReportMention(id, title, sourceUrl, published, language, found.phrase(), found.sentence()));
                })
                .list().stream().flatMap(Optional::stream).limit(limit).toList();
    }

    static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
