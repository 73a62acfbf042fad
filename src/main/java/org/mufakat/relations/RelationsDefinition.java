package org.mufakat.relations;

import org.mufakat.organisation.OrganisationDefinitionImported;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "relations" section of the organisation definition file: how anniversaries are marked and the coordinators'
 * rotation rule. Stored when a new version of the file is imported, in the import's transaction.
 */
@Component
class RelationsDefinition {

    record Section(Integer anniversaryEvery, Coordination coordination) {
    }

    record Coordination(int termYears, List<String> cycle, List<Companion> companions, FirstTerm firstTerm,
                        List<String> handoverAt, Integer forecastTerms) {
    }

    record Companion(String partner, String with, LocalDate from) {
    }

    record FirstTerm(LocalDate from, Map<String, String> coordinators) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    RelationsDefinition(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(OrganisationDefinitionImported imported) {
        String organisation = imported.definition().organisationCode();
        Optional<Section> section = imported.definition().section("relations", Section.class);
        if (section.isEmpty()) {
            jdbc.sql("delete from relations_rule where organisation_code = ?").param(organisation).update();
            return;
        }
        if (section.get().coordination() != null) {
            CoordinationRule.of(section.get().coordination()); // refuses an inconsistent rule before it is stored
        }
        jdbc.sql("""
                        insert into relations_rule (organisation_code, definition) values (?, cast(? as jsonb))
                        on conflict (organisation_code) do update set definition = excluded.definition""")
                .params(organisation, JSON.writeValueAsString(section.get()))
                .update();
    }

    Optional<Section> current() {
        return jdbc.sql("select definition::text from relations_rule limit 1").query(String.class).optional()
                .map(text -> JSON.readValue(text, Section.class));
    }
}
