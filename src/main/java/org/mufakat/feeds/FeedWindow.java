package org.mufakat.feeds;

import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;

/**
 * The days a feed covers. By default from 1 January of the previous year to 31 December five years ahead:
 * the recent past that subscribers still look back on, and what is planned. Twenty years at most.
 */
record FeedWindow(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 20;

    static FeedWindow of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate first = from != null ? from : LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate last = to != null ? to : LocalDate.of(today.getYear() + 5, 12, 31);
        var problems = new RuleViolation.Collector();
        problems.check(!last.isBefore(first), "to", "feed.window.reversed",
                "The feed would end (" + last + ") before it starts (" + first + ")", last, first);
        problems.check(last.isBefore(first.plusYears(MAX_YEARS)), "to", "feed.window.tooLong",
                "A feed covers at most " + MAX_YEARS + " years (" + first + " to " + last + " is longer)", MAX_YEARS, first, last);
        problems.throwIfAny();
        return new FeedWindow(first, last);
    }
}
