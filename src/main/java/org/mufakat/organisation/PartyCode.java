package org.mufakat.organisation;

import org.mufakat.platform.domain.Code;

import java.util.regex.Pattern;

/** A party's code: ISO 3166 alpha-3 for states ("VNM"), a short acronym otherwise ("EU", "ASEC"). */
public record PartyCode(String value) implements Code, Comparable<PartyCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    public PartyCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a party code: " + value);
        }
    }

    public static PartyCode of(String value) {
        return new PartyCode(value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value.strip().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    @Override
    public int compareTo(PartyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
