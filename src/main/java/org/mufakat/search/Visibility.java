package org.mufakat.search;

import org.mufakat.organisation.FrameworkCode;

import java.time.LocalDate;

/**
 * What the access policy needs to decide whether someone may find an entry: public; restricted to those who sit at the
 * framework's table on the date (a draft or restricted document of that framework); or for those who review imported
 * press reports (a report, whose page only they may open).
 */
public record Visibility(Audience audience, FrameworkCode framework, LocalDate date) {

    /** Who an entry is for; stored as the entry's classification. */
    public enum Audience {
        PUBLIC, RESTRICTED, REPORT_REVIEWERS
    }

    public static final Visibility PUBLIC = new Visibility(Audience.PUBLIC, null, null);
    public static final Visibility REPORT_REVIEWERS = new Visibility(Audience.REPORT_REVIEWERS, null, null);

    public Visibility {
        if (audience == null) {
            throw new IllegalArgumentException("An entry names who may find it");
        }
        if (audience == Audience.RESTRICTED && (framework == null || date == null)) {
            throw new IllegalArgumentException("A restricted entry names its framework and date");
        }
    }

    public static Visibility restrictedTo(FrameworkCode framework, LocalDate date) {
        return new Visibility(Audience.RESTRICTED, framework, date);
    }

    public static Visibility publicOf(FrameworkCode framework, LocalDate date) {
        return new Visibility(Audience.PUBLIC, framework, date);
    }

    /** Restricted to a framework's table. */
    public boolean restricted() {
        return audience == Audience.RESTRICTED;
    }
}
