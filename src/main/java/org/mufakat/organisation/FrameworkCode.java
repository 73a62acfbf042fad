package org.mufakat.organisation;

import org.mufakat.platform.domain.Code;

import java.util.regex.Pattern;

/** A framework's code, safe in URLs: "ASEAN", "APT", "EAS", "ARF", "ASEAN-JPN". */
public record FrameworkCode(String value) implements Code {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9+-]{1,19}");

    public FrameworkCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a framework code: " + value);
        }
    }

    public static FrameworkCode of(String value) {
        return new FrameworkCode(value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value.strip().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
