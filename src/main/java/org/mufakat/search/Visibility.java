package org.mufakat.search;

import org.mufakat.organisation.FrameworkCode;

import java.time.LocalDate;

/**
 * What the access policy needs to decide whether someone may find an entry: public, or restricted to those who sit
 * at the framework's table on the date (a draft or restricted document of that framework).
 */
public record Visibility(boolean restricted, FrameworkCode framework, LocalDate date) {

    public static final Visibility PUBLIC = new Visibility(false, null, null);

    public Visibility {
        if (restricted && (framework == null || date == null)) {
            throw new IllegalArgumentException("A restricted entry names its framework and date");
        }
    }

    public static Visibility restrictedTo(FrameworkCode framework, LocalDate date) {
        return new Visibility(true, framework, date);
    }

    public static Visibility publicOf(FrameworkCode framework, LocalDate date) {
        return new Visibility(false, framework, date);
    }
}
