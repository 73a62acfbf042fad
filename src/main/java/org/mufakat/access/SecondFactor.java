package org.mufakat.access;

import org.mufakat.audit.AuditLog;
import org.mufakat.audit.AuditEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * The second factor of signing in: a six-digit code from an authenticator app. Optional for everyone, required
 * for administrators, who enrol at their first sign-in.
 */
@Service
public class SecondFactor {

    public static final String PENDING_AUTHORITY = "PENDING_SECOND_FACTOR";
    static final String ISSUER = "Mufakat";

    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactor(Accounts accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean required(String username) {
        return accounts.findByUsername(username).map(Account::needsSecondFactor).orElse(false);
    }

    public boolean enrolled(String username) {
        return accounts.findByUsername(username).map(Account::totpEnabled).orElse(false);
    }

    /** A fresh secret and the address an authenticator app reads it from; nothing is stored until it is confirmed. */
    public Enrolment newEnrolment(String username) {
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.otpauthUri(ISSUER, username, secret));
    }

    public record Enrolment(String secret, String otpauthUri) implements java.io.Serializable {
    }

    @Transactional
    public boolean confirmEnrolment(String username, String secret, String code) {
        Account account = accounts.findByUsername(username).orElse(null);
        if (account == null || !account.enrolSecondFactor(secret, code, clock.instant())) {
            audit.recordIndependently(username, AuditEvent.of("sign-in.second-factor-failed", "account", username));
            return false;
        }
        accounts.save(account);
        audit.record(AuditEvent.of("account.second-factor-enrolled", "account", username));
        return true;
    }

    @Transactional
    public boolean verify(String username, String code) {
        Account account = accounts.findByUsername(username).orElse(null);
        if (account == null || !account.acceptSecondFactor(code, clock.instant())) {
            audit.recordIndependently(username, AuditEvent.of("sign-in.second-factor-failed", "account", username));
            return false;
        }
        accounts.save(account);
        return true;
    }

    /** Drops one's own second factor; administrators cannot (theirs is required). */
    @Transactional
    public boolean disable(String username, String code) {
        Account account = accounts.findByUsername(username).orElse(null);
        if (account == null || account.grants().stream().anyMatch(g -> g.role() == Role.ADMINISTRATOR)
                || !account.acceptSecondFactor(code, clock.instant())) {
            return false;
        }
        account.dropSecondFactor(clock.instant());
        accounts.save(account);
        audit.record(AuditEvent.of("account.second-factor-removed", "account", username));
        return true;
    }
}
