package org.mufakat.meetings;

import org.mufakat.organisation.OrganisationDefinitionImported;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The meeting series, from the "series" section of the organisation definition. Held in memory: they change
 * only with a new definition.
 */
@Repository
class SeriesCatalog {

    private final JdbcClient jdbc;
    private volatile Map<SeriesCode, MeetingSeries> series;

    SeriesCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(String code, Level level, String framework, Numbering ordinals, LocalizedText name, LocalizedText pluralName) {
    }

    record Numbering(String numbering, Integer baseYear, Integer perYear) {
    }

    @EventListener
    void on(OrganisationDefinitionImported imported) {
        Entry[] entries = imported.definition().section("series", Entry[].class).orElse(new Entry[0]);
        int position = 0;
        for (Entry entry : entries) {
            if (entry.ordinals() == null || !List.of("NONE", "SEQUENTIAL").contains(entry.ordinals().numbering())) {
                throw new IllegalStateException("Series " + entry.code() + " needs ordinals.numbering NONE or SEQUENTIAL");
            }
            LocalizedText plural = entry.pluralName();
            jdbc.sql("""
                            insert into meeting_series (code, level, framework, numbering, base_year, per_year, name_en, name_vi,
                                plural_en, plural_vi, position)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (code) do update set level = excluded.level, framework = excluded.framework,
                                numbering = excluded.numbering, base_year = excluded.base_year, per_year = excluded.per_year,
                                name_en = excluded.name_en, name_vi = excluded.name_vi, plural_en = excluded.plural_en,
                                plural_vi = excluded.plural_vi, position = excluded.position""")
                    .params(entry.code(), entry.level().name(), entry.framework(), entry.ordinals().numbering(),
                            entry.ordinals().baseYear(), entry.ordinals().perYear(), entry.name().en(), entry.name().vi(),
                            plural == null ? null : plural.en(), plural == null ? null : plural.vi(), position++)
                    .update();
        }
        series = null;
    }

    List<MeetingSeries> all() {
        return List.copyOf(current().values());
    }

    Optional<MeetingSeries> find(SeriesCode code) {
        return Optional.ofNullable(current().get(code));
    }

    private Map<SeriesCode, MeetingSeries> current() {
        Map<SeriesCode, MeetingSeries> loaded = series;
        if (loaded == null) {
            loaded = new LinkedHashMap<>();
            for (MeetingSeries s : jdbc.sql("select * from meeting_series order by position").query((rs, n) -> new MeetingSeries(
                    new SeriesCode(rs.getString("code")), Level.valueOf(rs.getString("level")), rs.getString("framework"),
                    "SEQUENTIAL".equals(rs.getString("numbering")), (Integer) rs.getObject("base_year"),
                    (Integer) rs.getObject("per_year"), new LocalizedText(rs.getString("name_en"), rs.getString("name_vi")),
                    rs.getString("plural_en") == null ? null : new LocalizedText(rs.getString("plural_en"), rs.getString("plural_vi"))))
                    .list()) {
                loaded.put(s.code(), s);
            }
            series = loaded;
        }
        return loaded;
    }
}
