package org.mufakat.access;

import org.mufakat.platform.domain.RuleViolation;

import java.util.Locale;
import java.util.regex.Pattern;

/** A sign-in name: 3 to 64 lower-case letters, digits, dots, dashes or underscores. */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9._-]{3,64}");

    public Username {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw RuleViolation.of("username", "account.username.format",
                    "A username has 3 to 64 letters, digits, dots, dashes or underscores");
        }
    }
}
