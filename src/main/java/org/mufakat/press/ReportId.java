package org.mufakat.press;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

/** An imported report. */
public record ReportId(UUID value) implements Identifier {

    public ReportId {
        if (value == null) {
            throw new IllegalArgumentException("A report id needs a value");
        }
    }

    public static ReportId random() {
        return new ReportId(UUID.randomUUID());
    }

    public static ReportId parse(String text) {
        return new ReportId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
