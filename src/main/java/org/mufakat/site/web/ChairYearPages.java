package org.mufakat.site.web;

import org.mufakat.chair.ChairYearDetails;
import org.mufakat.chair.Chairmanship;
import org.mufakat.chair.RotationRow;
import org.mufakat.meetings.Level;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.platform.domain.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The chair years with the rotation rule beside them, and one year's page. */
@Controller
class ChairYearPages {

    private final Chairmanship chairmanship;
    private final MeetingCalendar calendar;
    private final Clock clock;

    ChairYearPages(Chairmanship chairmanship, MeetingCalendar calendar, Clock clock) {
        this.chairmanship = chairmanship;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/chair-years")
    String chairYears(Model model) {
        List<ChairYearDetails> years = chairmanship.chairYears();
        int current = LocalDate.now(clock).getYear();
        int from = years.stream().mapToInt(ChairYearDetails::year).min().orElse(current) - 10;
        int to = Math.max(current, years.stream().mapToInt(ChairYearDetails::year).max().orElse(current)) + 3;
        List<RotationRow> rotation = chairmanship.rotation(from, to).reversed();
        model.addAttribute("rotation", rotation);
        model.addAttribute("years", years);
        model.addAttribute("current", current);
        return "site/chair-years";
    }

    @GetMapping("/chair-years/{year}")
    String chairYear(@PathVariable int year, Model model) {
        if (year < 1967 || year > 2200) {
            throw new NotFound("chair year", year);
        }
        ChairYearDetails chairYear = chairmanship.chairYear(year).orElse(null);
        RotationRow rotation = chairmanship.rotation(year, year).getFirst();
        if (chairYear == null && rotation.expected() == null) {
            throw new NotFound("chair year", year);
        }
        List<MeetingSummary> meetings = calendar.meetings(MeetingFilter.year(year)).meetings();
        Map<Level, Long> byLevel = new EnumMap<>(Level.class);
        meetings.forEach(m -> byLevel.merge(m.level(), 1L, Long::sum));
        model.addAttribute("year", year);
        model.addAttribute("chairYear", chairYear);
        model.addAttribute("rotationRow", rotation);
        model.addAttribute("meetings", meetings);
        model.addAttribute("byLevel", byLevel);
        return "site/chair-year";
    }
}
