package org.mufakat.people;

import org.mufakat.platform.domain.RuleViolation;

import java.text.Normalizer;

/** A person's name as written in the record, diacritics and all ("Đỗ Hùng Việt"), in Unicode NFC. */
public record PersonName(String value) {

    public PersonName {
        String normalized = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (normalized.isEmpty()) {
            throw RuleViolation.of("name", "person.name.required", "A person needs a name");
        }
        if (normalized.length() > 200) {
            throw RuleViolation.of("name", "person.name.tooLong", "A name has at most 200 characters");
        }
        value = normalized;
    }
}
