package org.mufakat.press.extraction;

/**
 * A date or a range of dates found in a sentence, with the tokens it spans. {@code end} is null for a single day.
 * When only a month is known ({@code start.day()} is null) the mention says when, but fills no start or end date.
 */
public record DateMention(int from, int to, PartialDate start, PartialDate end) {

    public boolean monthOnly() {
        return start.day() == null;
    }

    public DateMention withYears(int startYear, int endYear) {
        return new DateMention(from, to, start.year() == null ? start.withYear(startYear) : start,
                end == null ? null : end.year() == null ? end.withYear(endYear) : end);
    }
}
