package org.mufakat.site.web;

import org.mufakat.chair.Chairmanship;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The current chair year at a glance: its chair, theme and priorities, what is coming and what was held. */
@Controller
class HomePage {

    private final Chairmanship chairmanship;
    private final MeetingCalendar calendar;
    private final Clock clock;

    HomePage(Chairmanship chairmanship, MeetingCalendar calendar, Clock clock) {
        this.chairmanship = chairmanship;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("chairYear", chairmanship.chairYear(today.getYear()).orElse(null));
        model.addAttribute("rotation", chairmanship.rotation(today.getYear(), today.getYear() + 2));
        List<MeetingSummary> upcoming = calendar.meetings(new MeetingFilter(today, today.plusYears(2), null, null, null, null, 0, 12)).meetings();
        List<MeetingSummary> thisYear = calendar.meetings(new MeetingFilter(LocalDate.of(today.getYear(), 1, 1), today.minusDays(1),
                null, null, null, null, 0, MeetingFilter.MAX_SIZE)).meetings();
        List<MeetingSummary> recent = calendar.meetings(new MeetingFilter(today.minusYears(5), today.minusDays(1), null, null, null, null, 0,
                MeetingFilter.MAX_SIZE)).meetings();
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("heldThisYear", thisYear.size());
        model.addAttribute("recent", recent.subList(Math.max(0, recent.size() - 8), recent.size()).reversed());
        return "site/home";
    }
}
