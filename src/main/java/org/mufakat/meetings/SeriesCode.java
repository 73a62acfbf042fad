package org.mufakat.meetings;

import org.mufakat.platform.domain.Code;

/** A meeting series' code as used in reports and data: "AMM", "EAS SOM", "ASEAN+1 Summit". */
public record SeriesCode(String value) implements Code {

    public SeriesCode {
        if (value == null || value.isBlank() || value.length() > 40) {
            throw new IllegalArgumentException("Not a series code: " + value);
        }
        value = value.strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
