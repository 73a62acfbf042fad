package org.mufakat.meetings;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Which meetings to list: those overlapping [from, to], optionally of one framework (a code or a family such as
 * "ASEAN+1"), level, status, and those a party's delegation attends (recorded, or due by its seat at the table).
 */
public record MeetingFilter(LocalDate from, LocalDate to, String framework, Level level, PartyCode country,
                            MeetingStatus status, int page, int size) {

    public static final int MAX_SIZE = 5000;

    public MeetingFilter {
        var problems = new RuleViolation.Collector();
        problems.check(from != null && to != null, "from", "filter.range.required", "Give the range of dates to list");
        if (from != null && to != null) {
            problems.check(!to.isBefore(from), "to", "filter.range.reversed", "The range ends before it starts");
            problems.check(ChronoUnit.DAYS.between(from, to) <= 366 * 100, "to", "filter.range.tooLong", "List at most a hundred years at once");
        }
        problems.check(page >= 0, "page", "filter.page.negative", "Pages are counted from 0");
        problems.check(size >= 1 && size <= MAX_SIZE, "size", "filter.size.range", "A page holds 1 to " + MAX_SIZE + " meetings", MAX_SIZE);
        problems.throwIfAny();
        framework = framework == null || framework.isBlank() ? null : framework.strip();
    }

    public static MeetingFilter year(int year) {
        return new MeetingFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null, null, 0, MAX_SIZE);
    }

    public MeetingFilter withFramework(String code) {
        return new MeetingFilter(from, to, code, level, country, status, page, size);
    }

    public MeetingFilter withCountry(PartyCode party) {
        return new MeetingFilter(from, to, framework, level, party, status, page, size);
    }
}
