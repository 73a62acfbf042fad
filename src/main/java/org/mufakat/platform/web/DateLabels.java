package org.mufakat.platform.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as each language writes them, for templates ({@code @dates}): "21–22 Aug 2024" in English,
 * "21-22/8/2024" in Vietnamese, the way the press of each language does.
 */
@Component("dates")
public class DateLabels {

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter VI_DAY_MONTH = DateTimeFormatter.ofPattern("d/M");
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    public String day(LocalDate date) {
        if (date == null) {
            return "";
        }
        return (vietnamese() ? VI_DAY : EN_DAY).format(date);
    }

    public String range(LocalDate start, LocalDate end) {
        if (start == null) {
            return "";
        }
        if (end == null || end.equals(start)) {
            return day(start);
        }
        boolean sameYear = start.getYear() == end.getYear();
        boolean sameMonth = sameYear && start.getMonth() == end.getMonth();
        if (vietnamese()) {
            if (sameMonth) {
                return start.getDayOfMonth() + "-" + VI_DAY.format(end);
            }
            return (sameYear ? VI_DAY_MONTH.format(start) : VI_DAY.format(start)) + "-" + VI_DAY.format(end);
        }
        if (sameMonth) {
            return start.getDayOfMonth() + "–" + EN_DAY.format(end);
        }
        return (sameYear ? EN_DAY_MONTH.format(start) : EN_DAY.format(start)) + " – " + EN_DAY.format(end);
    }

    public String month(LocalDate date) {
        if (vietnamese()) {
            return "Tháng " + date.getMonthValue() + "/" + date.getYear();
        }
        return EN_MONTH.format(date);
    }

    public String shortMonth(int month) {
        if (vietnamese()) {
            return "T" + month;
        }
        return EN_SHORT_MONTH.format(LocalDate.of(2000, month, 1));
    }

    private static boolean vietnamese() {
        return "vi".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
