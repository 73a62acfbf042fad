package org.mufakat.meetings.web;

import org.mufakat.meetings.Level;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingPage;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The calendar of a year: as a list by month, a timeline by framework, or one month's grid; filtered. */
@Controller
class CalendarPages {

    private final MeetingCalendar calendar;
    private final Organisation organisation;
    private final FormErrors formErrors;
    private final CalendarLabels labels;
    private final Clock clock;

    CalendarPages(MeetingCalendar calendar, Organisation organisation, FormErrors formErrors, CalendarLabels labels, Clock clock) {
        this.calendar = calendar;
        this.labels = labels;
        this.organisation = organisation;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    record Filters(int year, String framework, String level, String country, String status, String view, Integer month) {
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) Integer year, @RequestParam(required = false) String framework,
                    @RequestParam(required = false) String level, @RequestParam(required = false) String country,
                    @RequestParam(required = false) String status, @RequestParam(defaultValue = "list") String view,
                    @RequestParam(required = false) Integer month,
                    @RequestHeader(name = "HX-Target", required = false) String htmxTarget, HttpServletRequest request,
                    Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock);
        int shownYear = year == null || year < 1967 || year > 2200 ? today.getYear() : year;
        String shownView = List.of("list", "timeline", "month").contains(view) ? view : "list";
        int shownMonth = month != null && month >= 1 && month <= 12 ? month
                : (shownYear == today.getYear() ? today.getMonthValue() : 1);
        Filters filters = new Filters(shownYear, blankToNull(framework), blankToNull(level), blankToNull(country),
                blankToNull(status), shownView, shownMonth);
        model.addAttribute("filters", filters);

        Map<String, List<String>> errors = new LinkedHashMap<>();
        Level levelFilter = parse(Level.class, filters.level(), "level", errors);
        MeetingStatus statusFilter = parse(MeetingStatus.class, filters.status(), "status", errors);
        PartyCode countryFilter = null;
        if (filters.country() != null) {
            if (PartyCode.isValid(filters.country()) && organisation.findParty(PartyCode.of(filters.country())).isPresent()) {
                countryFilter = PartyCode.of(filters.country());
            } else {
                errors.computeIfAbsent("country", k -> new java.util.ArrayList<>()).add(formErrors.message("filter.country.unknown", filters.country()));
            }
        }
        LocalDate from = LocalDate.of(shownYear, 1, 1);
        LocalDate to = LocalDate.of(shownYear, 12, 31);
        if (shownView.equals("month")) {
            YearMonth yearMonth = YearMonth.of(shownYear, shownMonth);
            from = yearMonth.atDay(1).minusDays(7);
            to = yearMonth.atEndOfMonth().plusDays(7);
        }
        MeetingPage page;
        try {
            page = calendar.meetings(new MeetingFilter(from, to, filters.framework(), levelFilter, countryFilter, statusFilter,
                    0, MeetingFilter.MAX_SIZE));
        } catch (RuleViolation violation) {
            errors.putAll(formErrors.of(violation));
            page = new MeetingPage(List.of(), 0, 0, 1);
        }
        List<CalendarEntry> meetings = labels.entries(page.meetings(), locale, request.getContextPath());
        model.addAttribute("errors", errors);
        model.addAttribute("meetings", meetings);
        model.addAttribute("total", page.total());
        model.addAttribute("truncated", page.hasMore());
        model.addAttribute("levels", Level.values());
        model.addAttribute("statuses", MeetingStatus.values());
        model.addAttribute("frameworks", organisation.frameworks());
        model.addAttribute("families", organisation.frameworks().stream().map(f -> f.family()).distinct().toList());
        model.addAttribute("parties", organisation.parties());
        model.addAttribute("today", today);
        switch (shownView) {
            case "timeline" -> model.addAttribute("timeline", Timeline.of(shownYear, meetings, organisation.frameworks(), today));
            case "month" -> model.addAttribute("grid", MonthGrid.of(YearMonth.of(shownYear, shownMonth), meetings, today));
            default -> model.addAttribute("byMonth", byMonth(meetings, shownYear));
        }
        if ("results".equals(htmxTarget)) {
            return "meetings/calendar :: update";
        }
        return "meetings/calendar";
    }

    private static Map<LocalDate, List<CalendarEntry>> byMonth(List<CalendarEntry> meetings, int year) {
        Map<LocalDate, List<CalendarEntry>> months = new LinkedHashMap<>();
        for (CalendarEntry meeting : meetings) {
            LocalDate start = meeting.meeting().dates().startDate();
            LocalDate key = start.getYear() < year ? LocalDate.of(year, 1, 1) : start.withDayOfMonth(1);
            months.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(meeting);
        }
        return months;
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, List<String>> errors) {
        if (value == null) {
            return null;
        }
        Optional<E> parsed = java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
        if (parsed.isEmpty()) {
            errors.computeIfAbsent(field, k -> new java.util.ArrayList<>()).add(formErrors.message("filter.value.unknown", value));
        }
        return parsed.orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
