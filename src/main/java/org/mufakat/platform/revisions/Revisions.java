package org.mufakat.platform.revisions;

import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.EditConflict.FieldChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The saved versions of editable aggregates, each as a flat map of display values. Modules record a revision
 * whenever they save, and ask for the changes between the version an editor loaded and the current one.
 * Each newly recorded version is published as a {@link RevisionRecorded} in the saving transaction.
 */
@Service
public class Revisions {

    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    Revisions(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public void record(String type, Object id, long version, Map<String, String> fields) {
        Map<String, String> before = latestBefore(type, id, version).orElse(null);
        int inserted = jdbc.sql("""
                        insert into revision (aggregate_type, aggregate_id, version, fields, recorded_at)
                        values (?, ?, ?, cast(? as jsonb), ?)
                        on conflict do nothing""")
                .params(type, String.valueOf(id), version, json.writeValueAsString(fields),
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
        if (inserted == 1) {
            events.publishEvent(new RevisionRecorded(type, String.valueOf(id), version, before, fields));
        }
    }

    /** The fields of the newest version recorded before the given one. */
    private Optional<Map<String, String>> latestBefore(String type, Object id, long version) {
        return jdbc.sql("""
                        select fields::text from revision where aggregate_type = ? and aggregate_id = ? and version < ?
                        order by version desc limit 1""")
                .params(type, String.valueOf(id), version)
                .query(String.class).optional()
                .map(text -> json.readValue(text, FIELDS));
    }

    public Optional<Map<String, String>> fields(String type, Object id, long version) {
        return jdbc.sql("select fields::text from revision where aggregate_type = ? and aggregate_id = ? and version = ?")
                .params(type, String.valueOf(id), version)
                .query(String.class).optional()
                .map(text -> json.readValue(text, FIELDS));
    }

    /** The fields that differ between two recorded versions; every current field if the old one is unknown. */
    public List<FieldChange> changes(String type, Object id, long fromVersion, Map<String, String> current) {
        Map<String, String> loaded = fields(type, id, fromVersion).orElse(Map.of());
        Set<String> names = new LinkedHashSet<>(current.keySet());
        names.addAll(loaded.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String before = loaded.get(name);
            String now = current.get(name);
            if (!Objects.equals(before, now)) {
                changes.add(new FieldChange(name, before, now));
            }
        }
        return changes;
    }

    /** Refuses a save based on a stale version, telling what changed since. */
    public void checkVersion(String type, Object id, Long expectedVersion, long currentVersion, Map<String, String> current) {
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw new EditConflict(type, expectedVersion, currentVersion, changes(type, id, expectedVersion, current));
        }
    }
}
