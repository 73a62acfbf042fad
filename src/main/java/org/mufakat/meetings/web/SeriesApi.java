package org.mufakat.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.web.ApiInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The meeting series and their numbering. */
@RestController
@RequestMapping("/api/v1/series")
@Tag(name = "Meetings")
class SeriesApi {

    private final MeetingCalendar calendar;
    private final Clock clock;

    SeriesApi(MeetingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every meeting series, with its level, framework and numbering")
    List<SeriesJson> series() {
        return calendar.series().stream().map(SeriesJson::of).toList();
    }

    @GetMapping("/{code}/next-ordinals")
    @Operation(summary = "The ordinals to suggest for a new meeting of a series in a year",
            description = "Series codes contain spaces and '+': encode them in the path (\"ASEAN%2B1%20Summit\"). "
                    + "The yearly rule's free ordinals (AMM 2024: 57), else the one after the highest on record; "
                    + "empty for series that carry no ordinals. ASEAN+1 series need the framework (\"ASEAN-JPN\").")
    NextOrdinalsJson nextOrdinals(@PathVariable @Parameter(example = "AMM") String code,
                                  @RequestParam(required = false) @Parameter(example = "ASEAN") String framework,
                                  @RequestParam(required = false) @Parameter(example = "2031") Integer year) {
        SeriesCode series;
        try {
            series = new SeriesCode(code);
        } catch (IllegalArgumentException e) {
            throw new NotFound("series", code);
        }
        FrameworkCode frameworkCode = ApiInput.code("framework", framework, FrameworkCode::of);
        int forYear = year != null ? year : LocalDate.now(clock).getYear();
        return new NextOrdinalsJson(series.value(), frameworkCode == null ? null : frameworkCode.value(), forYear,
                calendar.suggestOrdinals(series, frameworkCode, forYear));
    }

    /** @param framework the framework asked about, or null when the series' own was taken */
    record NextOrdinalsJson(String series, String framework, int year, List<Integer> ordinals) {
    }
}
