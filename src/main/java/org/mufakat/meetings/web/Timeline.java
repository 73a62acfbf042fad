package org.mufakat.meetings.web;

import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.Framework;
import org.mufakat.organisation.FrameworkCode;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year's meetings laid out as an SVG timeline: one band per framework, as many lanes as overlapping meetings
 * need. Geometry is computed here so the template only draws; SVG attributes keep working under a strict CSP.
 */
record Timeline(int year, List<Band> bands, List<MonthMark> months, Double today, int height) {

    static final double LABEL_WIDTH = 150;
    static final double CHART_WIDTH = 850;
    static final int LANE_HEIGHT = 16;
    static final int TOP = 22;

    record Bar(CalendarEntry entry, double x, double width, double y) {
    }

    record Band(String framework, double y, double height, List<Bar> bars) {
    }

    record MonthMark(int month, double x) {
    }

    static Timeline of(int year, List<CalendarEntry> meetings, List<Framework> frameworkOrder, LocalDate today) {
        int days = Year.of(year).length();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<FrameworkCode, List<CalendarEntry>> byFramework = new LinkedHashMap<>();
        frameworkOrder.forEach(framework -> byFramework.put(framework.code(), new ArrayList<>()));
        meetings.forEach(entry -> byFramework.computeIfAbsent(entry.meeting().framework(), code -> new ArrayList<>()).add(entry));

        List<Band> bands = new ArrayList<>();
        double y = TOP;
        for (var entry : byFramework.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            List<LocalDate> laneEnds = new ArrayList<>();
            List<Bar> bars = new ArrayList<>();
            for (CalendarEntry shown : entry.getValue()) {
                MeetingSummary meeting = shown.meeting();
                LocalDate start = meeting.dates().startDate().isBefore(first) ? first : meeting.dates().startDate();
                LocalDate end = meeting.dates().endDate().isAfter(last) ? last : meeting.dates().endDate();
                int lane = 0;
                while (lane < laneEnds.size() && !laneEnds.get(lane).isBefore(start)) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(end);
                } else {
                    laneEnds.set(lane, end);
                }
                double x = LABEL_WIDTH + CHART_WIDTH * (start.getDayOfYear() - 1) / days;
                double width = Math.max(3, CHART_WIDTH * (end.getDayOfYear() - start.getDayOfYear() + 1) / days);
                bars.add(new Bar(shown, round(x), round(width), y + lane * LANE_HEIGHT + 2));
            }
            double height = Math.max(1, laneEnds.size()) * LANE_HEIGHT + 4;
            bands.add(new Band(entry.getKey().value(), y, height, bars));
            y += height;
        }
        List<MonthMark> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthMark(month, round(LABEL_WIDTH + CHART_WIDTH * (LocalDate.of(year, month, 1).getDayOfYear() - 1) / days)));
        }
        Double todayX = today.getYear() == year ? round(LABEL_WIDTH + CHART_WIDTH * (today.getDayOfYear() - 0.5) / days) : null;
        return new Timeline(year, bands, months, todayX, (int) Math.ceil(y) + 6);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
