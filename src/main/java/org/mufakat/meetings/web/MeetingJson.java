package org.mufakat.meetings.web;

import org.mufakat.meetings.Level;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.platform.web.Bilingual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as calendars list it. Dates are local to the venue, in {@code timeZone}.
 *
 * @param ordinals the ordinal(s) it carries ([57], or [44, 45] for one meeting counting for two); empty if none
 * @param title    the title given, or the one derived from series and ordinals
 * @param version  also its ETag: the version to send back when editing it
 */
record MeetingJson(UUID id, String series, String framework, Level level, List<Integer> ordinals, Bilingual title,
                   LocalDate startDate, LocalDate endDate, String timeZone, MeetingFormat format, Bilingual city, String country,
                   String venue, String chair, MeetingStatus status, UUID bundle, long version, Instant updatedAt) {

    static MeetingJson of(MeetingSummary meeting) {
        return new MeetingJson(meeting.id().value(), meeting.series().value(), meeting.framework().value(), meeting.level(),
                meeting.ordinals() == null ? List.of() : meeting.ordinals().numbers(), Bilingual.of(meeting.title()),
                meeting.dates().startDate(), meeting.dates().endDate(), meeting.timeZone().getId(), meeting.format(),
                Bilingual.of(meeting.city()), meeting.countryIso(), meeting.venue(),
                meeting.chair() == null ? null : meeting.chair().value(), meeting.status(),
                meeting.bundle() == null ? null : meeting.bundle().value(), meeting.version(), meeting.updatedAt());
    }
}
