package org.mufakat.meetings;

import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * Everything an editor decides about a meeting. Validates what it can see by itself; the rules that need the
 * organisation or other meetings are checked by {@link MeetingCalendar}.
 *
 * @param chair         null to take the chair of the meeting's year
 * @param titleOverride null to derive the title from the series and ordinals
 * @param timeZone      null to take the chair's or the venue country's time zone
 */
public record MeetingPlan(SeriesCode series, FrameworkCode framework, Ordinals ordinals, LocalizedText titleOverride,
                          MeetingDates dates, String timeZone, MeetingFormat format, LocalizedText city, String countryIso,
                          String venue, PartyCode chair, MeetingStatus status, BundleId bundle, Set<MeetingId> prepares) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public MeetingPlan {
        var problems = new RuleViolation.Collector();
        problems.check(series != null, "series", "meeting.series.required", "Choose the meeting's series");
        problems.check(dates != null, "startDate", "meeting.dates.startRequired", "A meeting needs a start date");
        problems.check(format != null, "format", "meeting.format.required", "Say whether the meeting is in person, online or hybrid");
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                problems.add("timeZone", "meeting.timeZone.unknown", "Unknown time zone " + timeZone, timeZone);
            }
        }
        if (countryIso != null) {
            countryIso = countryIso.strip().toUpperCase(Locale.ROOT);
            problems.check(COUNTRIES.contains(countryIso), "country", "meeting.country.unknown",
                    "Unknown country code " + countryIso, countryIso);
        }
        if (venue != null) {
            venue = venue.strip().isEmpty() ? null : venue.strip();
            problems.check(venue == null || venue.length() <= 300, "venue", "meeting.venue.tooLong", "A venue has at most 300 characters");
        }
        problems.throwIfAny();
        status = status == null ? MeetingStatus.PLANNED : status;
        prepares = prepares == null ? Set.of() : Set.copyOf(prepares);
    }
}
