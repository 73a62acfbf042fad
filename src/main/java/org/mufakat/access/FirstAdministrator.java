package org.mufakat.access;

import org.mufakat.platform.domain.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A new installation gets its first administrator from the environment (MUFAKAT_ADMIN_USERNAME,
 * MUFAKAT_ADMIN_PASSWORD) or, failing that, from a one-time setup link printed to the log. Never a default
 * password. (The embedded demo brings its own demo accounts.)
 */
@Component
@Order(50)
public class FirstAdministrator implements ApplicationRunner {

    static final Duration LINK_VALIDITY = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountDirectory accounts;
    private final CurrentActor actor;
    private final JdbcClient jdbc;
    private final Environment environment;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FirstAdministrator(AccountDirectory accounts, CurrentActor actor, JdbcClient jdbc, Environment environment, Clock clock) {
        this.accounts = accounts;
        this.actor = actor;
        this.jdbc = jdbc;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdministrator()) {
            return;
        }
        String username = environment.getProperty("mufakat.admin.username");
        String password = environment.getProperty("mufakat.admin.password");
        if (username != null && password != null) {
            actor.asSystem("first-administrator", () -> accounts.open(new OpenAccount(new Username(username),
                    environment.getProperty("mufakat.admin.name", "Administrator"), password, List.of(Grant.of(Role.ADMINISTRATOR)))));
            log.info("Created the first administrator '{}' from the environment", username);
            return;
        }
        if (environment.getProperty("mufakat.embedded-postgres.active", Boolean.class, false)
                && !"never".equals(environment.getProperty("mufakat.demo-data.mode"))) {
            return;
        }
        String token = issueSetupLink();
        log.warn("No administrator yet. Open {}/setup/{} within {} hours to create one, or restart with "
                        + "MUFAKAT_ADMIN_USERNAME and MUFAKAT_ADMIN_PASSWORD set.",
                environment.getProperty("mufakat.base-url", "http://localhost:" + environment.getProperty("server.port", "8080")),
                token, LINK_VALIDITY.toHours());
    }

    /** Issues a new one-time link (only its hash is kept); returns the token to put in the URL. */
    @Transactional
    public String issueSetupLink() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into setup_token (token_hash, expires_at) values (?, ?)")
                .params(hash(token), OffsetDateTime.now(clock).plus(LINK_VALIDITY)).update();
        return token;
    }

    public boolean isValidSetupLink(String token) {
        return jdbc.sql("select count(*) from setup_token where token_hash = ? and expires_at > ?")
                .params(hash(token), OffsetDateTime.now(clock)).query(Integer.class).single() > 0;
    }

    /** Creates the first administrator through a setup link, which (with every other) stops working. */
    @Transactional
    public AccountView createThroughSetupLink(String token, OpenAccount command) {
        if (!isValidSetupLink(token) || accounts.anyAdministrator()) {
            throw RuleViolation.of(null, "setup.link.invalid", "This setup link is no longer valid");
        }
        AccountView admin = actor.asSystem("setup-link", () -> accounts.open(new OpenAccount(command.username(),
                command.displayName(), command.password(), List.of(Grant.of(Role.ADMINISTRATOR)))));
        jdbc.sql("delete from setup_token").update();
        return admin;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
