package org.mufakat.access;

import org.mufakat.platform.domain.RuleViolation;

import java.util.List;

/** Opens an account with a first password (at least 12 characters) and its grants. */
public record OpenAccount(Username username, String displayName, String password, List<Grant> grants) {

    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    public OpenAccount {
        var problems = new RuleViolation.Collector();
        problems.check(username != null, "username", "account.username.format", "Choose a username");
        problems.check(displayName != null && !displayName.isBlank(), "displayName", "account.displayName.required", "Give the person's name");
        problems.check(password != null && password.length() >= MINIMUM_PASSWORD_LENGTH, "password", "account.password.tooShort",
                "A password has at least " + MINIMUM_PASSWORD_LENGTH + " characters", MINIMUM_PASSWORD_LENGTH);
        problems.throwIfAny();
        grants = grants == null ? List.of() : List.copyOf(grants);
    }
}
