package org.mufakat.search;

import org.mufakat.organisation.FrameworkCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The entries of the index, in the {@code search_entry} table; matching and ranking happen in PostgreSQL. */
@Repository
class IndexEntries {

    /** A matching entry with what ranking and the access policy need, without its texts. */
    record Candidate(SearchKind kind, String ref, String language, Visibility visibility, LocalDate date, double score) {
    }

    record Key(SearchKind kind, String ref, String language) {
    }

    static final double TYPO_SIMILARITY = 0.5;
    static final int FEW = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    IndexEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Folded in the database, exactly as the indexed texts are. */
    String fold(String text) {
        return jdbc.sql("select search_fold(?)").param(text).query(String.class).single();
    }

    void replace(SearchKind kind, String ref, List<IndexEntry> entries) {
        jdbc.sql("delete from search_entry where kind = ? and ref = ?").params(kind.code(), ref).update();
        entries.forEach(this::put);
    }

    void put(IndexEntry entry) {
        jdbc.sql("""
                        insert into search_entry (kind, ref, language, title, body, url, entry_date, classification, framework, indexed_at)
                        values (:kind, :ref, :language, :title, :body, :url, :date, :classification, :framework, :now)
                        on conflict (kind, ref, language) do update set title = excluded.title, body = excluded.body,
                            url = excluded.url, entry_date = excluded.entry_date, classification = excluded.classification,
                            framework = excluded.framework, indexed_at = excluded.indexed_at""")
                .param("kind", entry.kind().code())
                .param("ref", entry.ref())
                .param("language", entry.language())
                .param("title", entry.title())
                .param("body", entry.body())
                .param("url", entry.url())
                .param("date", entry.date() == null ? null : Date.valueOf(entry.date()))
                .param("classification", entry.visibility().audience().name())
                .param("framework", entry.visibility().framework() == null ? null : entry.visibility().framework().value())
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    void deleteAll() {
        jdbc.sql("delete from search_entry").update();
    }

    long count() {
        return jdbc.sql("select count(*) from search_entry").query(Long.class).single();
    }

    Optional<Integer> builtVersion() {
        return jdbc.sql("select version from search_index_state where id = 1").query(Integer.class).optional();
    }

    void markBuilt(int version) {
        jdbc.sql("""
                        insert into search_index_state (id, version, rebuilt_at) values (1, ?, ?)
                        on conflict (id) do update set version = excluded.version, rebuilt_at = excluded.rebuilt_at""")
                .params(version, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /**
     * Every entry that matches the full text query (all words, the last as a prefix), best first: a title that is the
     * query scores highest, then words in the title (weight A) before words in the text (weight B), then closeness of
     * the title by trigrams. Only when the words match fewer than {@value #FEW} entries (a typo, a partial name) are
     * entries close to the folded query by trigram word similarity added, below: the trigram scan costs more the more
     * entries share the query's trigrams, so it is kept for when the words alone do not find enough.
     */
    List<Candidate> candidates(String folded, String tsquery, SearchKind kind) {
        List<Candidate> found = new ArrayList<>(jdbc.sql("""
                        select kind, ref, language, classification, framework, entry_date,
                               ts_rank(document, query) * 2
                               + word_similarity(:folded, title_folded) * 0.6
                               + case when title_folded = :folded then 1 else 0 end as score
                        from search_entry, to_tsquery('simple', :tsquery) query
                        where document @@ query
                          and (cast(:kind as text) is null or kind = cast(:kind as text))""")
                .param("folded", folded)
                .param("tsquery", tsquery)
                .param("kind", kind == null ? null : kind.code())
                .query(IndexEntries::candidate)
                .list());
        if (found.size() < FEW && folded.length() >= 3) {
            // Looser than pg_trgm's 0.6, so that one letter wrong in a short name ("Vientaine") is still found.
            jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)").param(String.valueOf(TYPO_SIMILARITY)).query().singleRow();
            found.addAll(jdbc.sql("""
                            select kind, ref, language, classification, framework, entry_date,
                                   word_similarity(:folded, text_folded) * 0.5 + word_similarity(:folded, title_folded) * 0.5 as score
                            from search_entry, to_tsquery('simple', :tsquery) query
                            where :folded <% text_folded and not document @@ query
                              and (cast(:kind as text) is null or kind = cast(:kind as text))""")
                    .param("folded", folded)
                    .param("tsquery", tsquery)
                    .param("kind", kind == null ? null : kind.code())
                    .query(IndexEntries::candidate)
                    .list());
        }
        return found;
    }

    List<IndexEntry> load(List<Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<IndexEntry> found = new ArrayList<>();
        for (Key key : keys) {
            jdbc.sql("""
                            select kind, ref, language, title, body, url, entry_date, classification, framework
                            from search_entry where kind = ? and ref = ? and language = ?""")
                    .params(key.kind().code(), key.ref(), key.language())
                    .query(IndexEntries::entry)
                    .optional()
                    .ifPresent(found::add);
        }
        return found;
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(SearchKind.parse(rs.getString("kind")).orElseThrow(), rs.getString("ref"), rs.getString("language"),
                visibility(rs), date(rs), rs.getDouble("score"));
    }

    private static IndexEntry entry(ResultSet rs, int row) throws SQLException {
        return new IndexEntry(SearchKind.parse(rs.getString("kind")).orElseThrow(), rs.getString("ref"), rs.getString("language"),
                rs.getString("title"), rs.getString("body"), rs.getString("url"), date(rs), visibility(rs));
    }

    private static Visibility visibility(ResultSet rs) throws SQLException {
        String framework = rs.getString("framework");
        return new Visibility(Visibility.Audience.valueOf(rs.getString("classification")),
                framework == null ? null : FrameworkCode.of(framework), date(rs));
    }

    private static LocalDate date(ResultSet rs) throws SQLException {
        Date date = rs.getDate("entry_date");
        return date == null ? null : date.toLocalDate();
    }
}
