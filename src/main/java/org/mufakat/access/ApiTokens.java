package org.mufakat.access;

import java.util.Map;
import org.mufakat.audit.AuditLog;
import org.mufakat.audit.AuditEvent;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal API tokens for scripts calling /api/v1: shown once when issued, stored only as a SHA-256 hash, valid
 * until they expire (at most a year) or are revoked, and acting with the grants the account holds at the time.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "mfk_";
    static final Duration LONGEST = Duration.ofDays(366);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Accounts accounts, AccessPolicy policy, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public record IssuedToken(UUID id, String name, String token, Instant expiresAt) {
    }

    public record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant revokedAt,
                            Instant lastUsedAt) {

        public boolean activeAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    public record TokenHolder(String username, List<GrantedAuthority> authorities) {
    }

    /** Issues a token to the signed-in account; the returned text is the only time anyone sees it. */
    @Transactional
    public IssuedToken issue(String name, Duration validity) {
        Account account = signedInAccount();
        var problems = new RuleViolation.Collector();
        problems.check(name != null && !name.isBlank() && name.length() <= 100, "name", "token.name.required", "Name the token (what uses it)");
        problems.check(validity != null && !validity.isNegative() && !validity.isZero() && validity.compareTo(LONGEST) <= 0,
                "validity", "token.validity.range", "A token is valid for 1 to 366 days");
        problems.throwIfAny();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        jdbc.sql("""
                        insert into api_token (id, account_id, name, token_hash, prefix, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, account.id().value(), name.strip(), FirstAdministrator.hash(token), token.substring(0, PREFIX.length() + 6),
                        utc(now), utc(expires))
                .update();
        audit.record(AuditEvent.of("token.issued", "api-token", id.toString())
                .withDetails(Map.of("name", name.strip(), "expires", expires.toString())));
        return new IssuedToken(id, name.strip(), token, expires);
    }

    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        Account account = signedInAccount();
        return jdbc.sql("select * from api_token where account_id = ? order by created_at desc")
                .param(account.id().value())
                .query((rs, n) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant(),
                        rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
                .list();
    }

    @Transactional
    public void revoke(UUID id) {
        Account account = signedInAccount();
        int revoked = jdbc.sql("update api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
                .params(utc(clock.instant()), id, account.id().value()).update();
        if (revoked == 0) {
            throw new NotFound("token", id);
        }
        audit.record(AuditEvent.of("token.revoked", "api-token", id.toString()));
    }

    /** The account a presented token acts for, if the token is known, unexpired, unrevoked and its account enabled. */
    @Transactional
    public Optional<TokenHolder> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Map.Entry<UUID, UUID>> used = jdbc.sql("""
                        update api_token set last_used_at = ?
                        where token_hash = ? and revoked_at is null and expires_at > ?
                        returning id, account_id""")
                .params(utc(now), FirstAdministrator.hash(token), utc(now))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class))).optional();
        Optional<TokenHolder> holder = used.flatMap(entry -> accounts.findById(new AccountId(entry.getValue())))
                .filter(Account::enabled)
                .filter(a -> !a.isLockedAt(now))
                .map(a -> new TokenHolder(a.username(), a.grants().stream()
                        .map(grant -> (GrantedAuthority) new SimpleGrantedAuthority(grant.authority())).toList()));
        if (holder.isPresent()) {
            audit.recordIndependently(holder.get().username(), AuditEvent.of("token.used", "api-token", used.get().getKey().toString()));
        } else {
            audit.recordIndependently(AuditLog.ANONYMOUS, AuditEvent.of("token.refused", "api-token",
                    token.substring(0, Math.min(token.length(), PREFIX.length() + 6))));
        }
        return holder;
    }

    private Account signedInAccount() {
        Actor actor = policy.actor();
        return accounts.findByUsername(actor.name())
                .orElseThrow(() -> new org.mufakat.platform.domain.AccessRefused("manage API tokens", actor.name()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
