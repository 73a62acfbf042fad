package org.mufakat.demo;

import org.mufakat.access.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Whether this database gets the demo data ({@code mufakat.demo-data.mode}: {@code auto} on the embedded database only,
 * {@code always}, {@code never}), and loading each part of it once per database: all of a part or nothing, in one
 * transaction, under a table lock so that two nodes starting together load it once.
 */
@Component
class DemoParts {

    private final String mode;
    private final Environment environment;
    private final CurrentActor actor;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoParts(@Value("${mufakat.demo-data.mode:auto}") String mode, Environment environment, CurrentActor actor, JdbcClient jdbc,
              TransactionTemplate transaction, Clock clock) {
        this.mode = mode;
        this.environment = environment;
        this.actor = actor;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    boolean wanted() {
        boolean embedded = environment.getProperty("mufakat.embedded-postgres.active", Boolean.class, false);
        return switch (mode) {
            case "always" -> true;
            case "never" -> false;
            default -> embedded;
        };
    }

    /** Runs {@code load} as the system unless this part's version was loaded before; records that it was. */
    void loadOnce(String part, int version, Runnable load) {
        actor.asSystem("demo-data", () -> transaction.executeWithoutResult(status -> {
            jdbc.sql("lock table demo_data_load in exclusive mode").update();
            boolean loaded = jdbc.sql("select count(*) from demo_data_load where part = ? and version = ?")
                    .params(part, version).query(Integer.class).single() > 0;
            if (loaded) {
                return;
            }
            load.run();
            jdbc.sql("insert into demo_data_load (part, version, loaded_at) values (?, ?, ?)")
                    .params(part, version, OffsetDateTime.now(clock)).update();
        }));
    }
}
