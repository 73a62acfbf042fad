package org.mufakat.press.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A date as written: the year or the day may be missing ("ngày 29/7", "tháng 11/2018"). */
public record PartialDate(Integer year, int month, Integer day) {

    public boolean complete() {
        return year != null && day != null;
    }

    public PartialDate withYear(int newYear) {
        return new PartialDate(newYear, month, day);
    }

    /** The day, when year, month and day are all known and form a real date; else null. */
    public LocalDate toDate() {
        if (!complete()) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean valid(Integer year, int month, Integer day) {
        if (month < 1 || month > 12 || (day != null && (day < 1 || day > 31)) || (year != null && (year < 1900 || year > 2200))) {
            return false;
        }
        if (day != null) {
            try {
                LocalDate.of(year == null ? 2024 : year, month, day); // a leap year lets 29/2 pass without a year
            } catch (DateTimeException e) {
                return false;
            }
        }
        return true;
    }
}
