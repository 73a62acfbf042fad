package org.mufakat.platform.web;

import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading what a form sent as text: a blank field is absent, a malformed one a message at that field. */
public final class FormInput {

    private FormInput() {
    }

    public static LocalDate date(String text, String field, RuleViolation.Collector problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "form.date.invalid", "Write the date as YYYY-MM-DD", text);
            return null;
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
