package org.mufakat.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real PostgreSQL 17 server started from the zonky binaries, one per data directory and JVM.
 * Persistent when given a data directory (development), throw-away otherwise (tests).
 */
final class EmbeddedDatabase {

    static final String DATABASE = "mufakat";

    private static final Map<String, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    static EmbeddedDatabase ephemeral() {
        return RUNNING.computeIfAbsent("", key -> start(null));
    }

    static EmbeddedDatabase persistentIn(Path dataDirectory) {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(absolute.toString(), key -> start(absolute));
    }

    String jdbcUrl() {
        return server.getJdbcUrl("postgres", DATABASE);
    }

    private static EmbeddedDatabase start(Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            database.createApplicationDatabase();
            // Stopped after Spring has closed every context: closing one still talks to the database (Spring Modulith
            // looks for incomplete event publications). Stopped by a JVM hook of its own, the server raced that
            // shutdown, which then waited out the connection pool's 30-second timeout.
            SpringApplication.getShutdownHandlers().add(database::stop);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL server", e);
        }
    }

    private void createApplicationDatabase() {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                statement.setString(1, DATABASE);
                exists = statement.executeQuery().next();
            }
            if (!exists) {
                try (var statement = connection.createStatement()) {
                    statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the application database", e);
        }
    }
}
