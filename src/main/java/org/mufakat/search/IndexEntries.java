package org.mufakat.search;

import org.mufakat.organisation.FrameworkCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /** Low, so that two letters swapped in a short word ('hugn') still bring the right one among the nearest few. */
    static final double TYPO_SIMILARITY = 0.2;

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
        rememberWordsOf(entry.kind(), entry.ref());
    }

    /**
     * Adds the words of a thing's entries to the word list just before the indexing transaction commits, together with
     * those of every other thing it indexed: one statement per transaction, inserting in word order, so that two
     * transactions never wait on each other in a cycle (as inserts of the same words, entry by entry, did).
     */
    private void rememberWordsOf(SearchKind kind, String ref) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            rememberWords(List.of(kind.code()), List.of(ref));
            return;
        }
        // Synchronizations belong to one transaction (a new one nested inside gets its own), so the words do too.
        PendingWords pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingWords.class::isInstance).map(PendingWords.class::cast).findFirst()
                .orElseGet(() -> {
                    PendingWords created = new PendingWords();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        pending.kinds.add(kind.code());
        pending.refs.add(ref);
    }

    /** The things a transaction indexed, whose words join the list just before it commits. */
    private final class PendingWords implements TransactionSynchronization {

        private final List<String> kinds = new ArrayList<>();
        private final List<String> refs = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            rememberWords(kinds, refs);
        }
    }

    private void rememberWords(List<String> kinds, List<String> refs) {
        jdbc.sql("""
                        insert into search_word (word)
                        select distinct w from search_entry e, unnest(tsvector_to_array(e.document)) w
                        where (e.kind, e.ref) in (select * from unnest(cast(? as text[]), cast(? as text[])))
                        order by w
                        on conflict do nothing""")
                .params(kinds.toArray(String[]::new), refs.toArray(String[]::new))
                .update();
    }

    void deleteAll() {
        // A rebuild waits for indexing under way and keeps new indexing out until it commits: otherwise it could hold
        // the words an indexing transaction inserts while waiting for that transaction's entries, a deadlock.
        jdbc.sql("lock table search_entry, search_word in exclusive mode").update();
        jdbc.sql("delete from search_entry").update();
        jdbc.sql("delete from search_word").update();
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
     * the title by trigrams; times {@code weight}, below 1 for a query of corrected words.
     */
    List<Candidate> candidates(String folded, String tsquery, SearchKind kind, double weight) {
        return jdbc.sql("""
                        select kind, ref, language, classification, framework, entry_date,
                               (ts_rank(document, query) * 2
                               + word_similarity(:folded, title_folded) * 0.6
                               + case when title_folded = :folded then 1 else 0 end) * :weight as score
                        from search_entry, to_tsquery('simple', :tsquery) query
                        where document @@ query
                          and (cast(:kind as text) is null or kind = cast(:kind as text))""")
                .param("folded", folded)
                .param("tsquery", tsquery)
                .param("kind", kind == null ? null : kind.code())
                .param("weight", weight)
                .query(IndexEntries::candidate)
                .list();
    }

    /** Whether the index holds this folded word. */
    boolean knows(String word) {
        return jdbc.sql("select exists (select 1 from search_word where word = ?)").param(word).query(Boolean.class).single();
    }

    /** Whether the index holds a word that starts with this folded prefix. */
    boolean knowsPrefix(String prefix) {
        return jdbc.sql("select exists (select 1 from search_word where word like ?)")
                .param(prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").query(Boolean.class).single();
    }

    /** The words of the index nearest to a mistyped one by trigrams, of about its length, nearest first. */
    List<String> nearest(String word, int most) {
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)").param(String.valueOf(TYPO_SIMILARITY)).query().singleRow();
        return jdbc.sql("""
                        select word from search_word
                        where word % :word and abs(length(word) - length(:word)) <= 2
                        order by similarity(word, :word) desc, word limit :most""")
                .param("word", word)
                .param("most", most)
                .query(String.class)
                .list();
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
