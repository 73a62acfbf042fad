package org.mufakat.meetings;

import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import java.time.Instant;
import java.time.ZoneId;

/** A meeting as listed in calendars and feeds. {@code title} is the override or the one derived from series and ordinals. */
public record MeetingSummary(MeetingId id, SeriesCode series, FrameworkCode framework, Level level, Ordinals ordinals,
                             LocalizedText title, MeetingDates dates, ZoneId timeZone, MeetingFormat format,
                             LocalizedText city, String countryIso, String venue, PartyCode chair, MeetingStatus status,
                             BundleId bundle, long version, Instant updatedAt) {
}
