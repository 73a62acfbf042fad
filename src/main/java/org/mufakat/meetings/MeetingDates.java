package org.mufakat.meetings;

import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The local days a meeting runs, in its venue's time zone; a one-day meeting starts and ends the same day. */
public record MeetingDates(LocalDate startDate, LocalDate endDate) {

    public MeetingDates {
        if (startDate == null) {
            throw RuleViolation.of("startDate", "meeting.dates.startRequired", "A meeting needs a start date");
        }
        endDate = endDate == null ? startDate : endDate;
        if (endDate.isBefore(startDate)) {
            throw RuleViolation.of("endDate", "meeting.dates.endBeforeStart",
                    "The meeting cannot end (" + endDate + ") before it starts (" + startDate + ")", endDate, startDate);
        }
        if (ChronoUnit.DAYS.between(startDate, endDate) > 60) {
            throw RuleViolation.of("endDate", "meeting.dates.tooLong", "A meeting lasts at most 60 days");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public int year() {
        return startDate.getYear();
    }
}
