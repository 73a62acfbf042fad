package org.mufakat.platform.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the embedded PostgreSQL server when no datasource is configured, and points Spring's datasource at it.
 * Production sets {@code SPRING_DATASOURCE_URL} and never reaches the embedded server.
 */
class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor {

    static final String EMBEDDED_FLAG = "mufakat.embedded-postgres.active";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("mufakat.embedded-postgres.enabled", Boolean.class, true)) {
            return;
        }
        boolean ephemeral = environment.getProperty("mufakat.embedded-postgres.ephemeral", Boolean.class, false);
        String dataDirectory = environment.getProperty("mufakat.embedded-postgres.data-dir", "data/postgres");
        EmbeddedDatabase database = ephemeral
                ? EmbeddedDatabase.ephemeral()
                : EmbeddedDatabase.persistentIn(Path.of(dataDirectory));
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                EMBEDDED_FLAG, "true")));
    }
}
