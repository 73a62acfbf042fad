package org.mufakat.meetings.web;


import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** A month as weeks of days (Monday first), each day with the meetings running on it. */
record MonthGrid(YearMonth month, List<List<Day>> weeks) {

    record Day(LocalDate date, boolean inMonth, boolean today, List<CalendarEntry> meetings) {
    }

    static MonthGrid of(YearMonth month, List<CalendarEntry> meetings, LocalDate today) {
        LocalDate start = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
            LocalDate day = date;
            week.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
                    meetings.stream().filter(m -> m.meeting().dates().contains(day)).toList()));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return new MonthGrid(month, weeks);
    }
}
