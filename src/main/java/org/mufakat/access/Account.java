package org.mufakat.access;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A person's way in: a name, a hashed password, optionally a second factor, the grants they hold. */
@Table("account")
class Account extends AbstractAggregateRoot<Account> {

    static final int ATTEMPTS_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    private final AccountId id;
    private final String username;
    private String displayName;
    private String passwordHash;
    private String totpSecret;
    private boolean totpEnabled;
    private Long totpLastStep;
    private int failedSignIns;
    private Instant lockedUntil;
    private boolean enabled;
    @MappedCollection(idColumn = "account_id", keyColumn = "position")
    private List<Grant> grants;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Account(AccountId id, String username, String displayName, String passwordHash, String totpSecret, boolean totpEnabled,
            Long totpLastStep, int failedSignIns, Instant lockedUntil, boolean enabled, List<Grant> grants, Long version, Instant createdAt,
            Instant updatedAt) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.totpSecret = totpSecret;
        this.totpEnabled = totpEnabled;
        this.totpLastStep = totpLastStep;
        this.failedSignIns = failedSignIns;
        this.lockedUntil = lockedUntil;
        this.enabled = enabled;
        this.grants = new ArrayList<>(grants);
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Account open(Username username, String displayName, String passwordHash, List<Grant> grants, Instant now) {
        return new Account(AccountId.random(), username.value(), displayName, passwordHash, null, false, null, 0, null, true,
                grants, null, now, now);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for a while. */
    void signInFailed(Instant now) {
        failedSignIns++;
        if (failedSignIns >= ATTEMPTS_BEFORE_LOCK) {
            lockedUntil = now.plus(LOCK);
            failedSignIns = 0;
        }
        updatedAt = now;
    }

    void signedIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        updatedAt = now;
    }

    void regrant(List<Grant> newGrants, Instant now) {
        grants = new ArrayList<>(newGrants);
        updatedAt = now;
    }

    /** Enrols the authenticator that produced {@code code} from {@code secret}; false if the code does not match. */
    boolean enrolSecondFactor(String secret, String code, Instant now) {
        var step = Totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            return false;
        }
        totpSecret = secret;
        totpEnabled = true;
        totpLastStep = step.getAsLong();
        updatedAt = now;
        return true;
    }

    /** Accepts a second-factor code once: a code already used (or an older one) is refused, so it cannot be replayed. */
    boolean acceptSecondFactor(String code, Instant now) {
        if (!totpEnabled) {
            return false;
        }
        var step = Totp.matchingStep(totpSecret, code, now);
        if (step.isEmpty() || (totpLastStep != null && step.getAsLong() <= totpLastStep)) {
            return false;
        }
        totpLastStep = step.getAsLong();
        updatedAt = now;
        return true;
    }

    void dropSecondFactor(Instant now) {
        totpSecret = null;
        totpEnabled = false;
        totpLastStep = null;
        updatedAt = now;
    }

    void disable(Instant now) {
        enabled = false;
        updatedAt = now;
    }

    boolean needsSecondFactor() {
        return totpEnabled || grants.stream().anyMatch(grant -> grant.role() == Role.ADMINISTRATOR);
    }

    AccountId id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    String totpSecret() {
        return totpSecret;
    }

    boolean totpEnabled() {
        return totpEnabled;
    }

    int failedSignIns() {
        return failedSignIns;
    }

    boolean enabled() {
        return enabled;
    }

    List<Grant> grants() {
        return List.copyOf(grants);
    }
}
