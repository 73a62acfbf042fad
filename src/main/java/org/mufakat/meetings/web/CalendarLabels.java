package org.mufakat.meetings.web;

import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.platform.web.DateLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the labels of a calendar's meetings once per request, each distinct name looked up once. */
@Component
class CalendarLabels {

    private final Organisation organisation;
    private final DateLabels dates;
    private final MessageSource messages;

    CalendarLabels(Organisation organisation, DateLabels dates, MessageSource messages) {
        this.organisation = organisation;
        this.dates = dates;
        this.messages = messages;
    }

    List<CalendarEntry> entries(List<MeetingSummary> meetings, Locale locale, String contextPath) {
        Map<FrameworkCode, String> frameworks = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        Map<MeetingStatus, String> statuses = new EnumMap<>(MeetingStatus.class);
        String online = messages.getMessage("format.ONLINE", null, locale);
        List<CalendarEntry> entries = new ArrayList<>(meetings.size());
        for (MeetingSummary meeting : meetings) {
            String framework = frameworks.computeIfAbsent(meeting.framework(),
                    code -> organisation.findFramework(code).map(f -> f.shortName(locale)).orElse(code.value()));
            String place;
            if (meeting.format() == MeetingFormat.ONLINE) {
                place = online;
            } else {
                String country = meeting.countryIso() == null || meeting.countryIso().isBlank() ? ""
                        : countries.computeIfAbsent(meeting.countryIso(), iso -> Locale.of("", iso).getDisplayCountry(locale));
                place = meeting.city() == null ? country : meeting.city().in(locale) + ", " + country;
            }
            String status = statuses.computeIfAbsent(meeting.status(), s -> messages.getMessage("status." + s.name(), null, locale));
            entries.add(new CalendarEntry(meeting, contextPath + "/meetings/" + meeting.id(), meeting.title().in(locale),
                    dates.range(meeting.dates().startDate(), meeting.dates().endDate()), framework, place, status,
                    "level-" + meeting.level(), "badge status-" + meeting.status()));
        }
        return entries;
    }
}
