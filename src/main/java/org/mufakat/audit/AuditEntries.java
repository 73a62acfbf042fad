package org.mufakat.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code audit_entry} table: appending under a table lock, finding entries, and reading the chain's links. */
@Repository
class AuditEntries {

    private static final String COLUMNS = """
            seq, recorded_at, actor, action, subject_type, subject_id, before::text as before, after::text as after,
            client_address, previous_hash, hash""";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last entry's sequence number and hash, seen by the current transaction. */
    record Tail(long seq, String hash) {
    }

    /** An entry's place in the chain, with the hash its stored content gives now. */
    record Link(long seq, String previousHash, String hash, String recomputedHash) {
    }

    /**
     * Appends an entry after the current last one. The table lock (which conflicts with itself and with any other
     * insert, not with readers) is held until the surrounding transaction ends, so concurrent appenders take turns
     * and each reads the tail its predecessor committed: the chain cannot fork, and a rolled-back append leaves no gap.
     * (Reading the committed tail needs READ COMMITTED, PostgreSQL's and Spring's default; under a stricter isolation
     * a stale tail makes the insert fail on the primary key rather than fork the chain.) {@link AuditLog} calls this
     * just before the transaction commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void append(Instant recordedAt, String actor, AuditEvent event, String clientAddress) {
        jdbc.sql("lock table audit_entry in share row exclusive mode").update();
        Tail tail = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, n) -> new Tail(rs.getLong("seq"), rs.getString("hash")))
                .optional().orElse(new Tail(0, ChainHash.GENESIS));
        long seq = tail.seq() + 1;
        Instant at = recordedAt.truncatedTo(ChronoUnit.MICROS);
        JsonNode before = event.before() == null ? null : json.valueToTree(event.before());
        JsonNode after = event.after() == null ? null : json.valueToTree(event.after());
        String hash = ChainHash.of(seq, at, actor, event.action(), event.subjectType(), event.subjectId(), before, after,
                clientAddress, tail.hash());
        jdbc.sql("""
                        insert into audit_entry (seq, recorded_at, actor, action, subject_type, subject_id, before, after,
                                                 client_address, previous_hash, hash)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)""")
                .params(seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, event.action(), event.subjectType(),
                        event.subjectId(), before == null ? null : json.writeValueAsString(before),
                        after == null ? null : json.writeValueAsString(after), clientAddress, tail.hash(), hash)
                .update();
    }

    /** Entries matching the filter, newest first. */
    Page<AuditEntry> find(AuditFilter filter, Pageable page) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("lower(actor) = lower(?)");
            params.add(filter.actor());
        }
        if (filter.action() != null) {
            conditions.add("action like ?");
            params.add(likePrefix(filter.action()));
        }
        if (filter.subjectType() != null) {
            conditions.add("subject_type = ?");
            params.add(filter.subjectType());
        }
        if (filter.subjectId() != null) {
            conditions.add("subject_id = ?");
            params.add(filter.subjectId());
        }
        if (filter.from() != null) {
            conditions.add("recorded_at >= ?");
            params.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("recorded_at < ?");
            params.add(startOf(filter.to().plusDays(1)));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<AuditEntry> entries = jdbc.sql("select " + COLUMNS + " from audit_entry" + where + " order by seq desc limit ? offset ?")
                .params(pageParams).query(this::entry).list();
        return new PageImpl<>(entries, page, total);
    }

    /** Whether the database has the table yet (a command may run against one never migrated). */
    boolean exists() {
        return jdbc.sql("select to_regclass('audit_entry') is not null").query(Boolean.class).single();
    }

    /** The links of the entries after {@code seq}, in order, at most {@code limit}; each rehashed from what is stored. */
    List<Link> linksAfter(long seq, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where seq > ? order by seq limit ?")
                .params(seq, limit)
                .query((rs, n) -> {
                    long entrySeq = rs.getLong("seq");
                    String recomputed = ChainHash.of(entrySeq, instant(rs), rs.getString("actor"), rs.getString("action"),
                            rs.getString("subject_type"), rs.getString("subject_id"), tree(rs.getString("before")),
                            tree(rs.getString("after")), rs.getString("client_address"), rs.getString("previous_hash"));
                    return new Link(entrySeq, rs.getString("previous_hash"), rs.getString("hash"), recomputed);
                })
                .list();
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), instant(rs), rs.getString("actor"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), fields(rs.getString("before")),
                fields(rs.getString("after")), rs.getString("client_address"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        return rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }

    /** A stored field map; read leniently, as a row may have been changed by hand. */
    private Map<String, String> fields(String text) {
        JsonNode node = tree(text);
        if (node == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (!node.isObject()) {
            fields.put("", node.toString());
        } else {
            node.properties().forEach(member -> {
                JsonNode value = member.getValue();
                fields.put(member.getKey(), value.isNull() ? null : value.isString() ? value.stringValue() : value.toString());
            });
        }
        return Collections.unmodifiableMap(fields);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
