package org.mufakat.meetings.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.mufakat.meetings.BundleId;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.Ordinals;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.web.ApiInput;
import org.mufakat.platform.web.Bilingual;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Everything an editor decides about a meeting; a PUT replaces all of it.
 *
 * @param framework a framework code; may be left out where the series sits in one framework, not a family
 * @param ordinals  the ordinal(s) it carries, consecutive: [57] or [44, 45]
 * @param title     a title to use instead of the one derived from series and ordinals
 * @param endDate   left out for a one-day meeting
 * @param timeZone  left out to take the venue country's (or the chair's) time zone
 * @param country   the venue's ISO 3166 alpha-2 country code
 * @param chair     left out to take the chair of the meeting's year
 * @param status    left out for PLANNED
 * @param prepares  the ids of the later meetings this one prepares
 * @param version   on PUT, the version edited (or send it as If-Match); ignored on POST
 */
record MeetingRequest(@Schema(example = "AMM") String series, @Schema(example = "ASEAN") String framework,
                      @Schema(example = "[64]") List<Integer> ordinals, Bilingual title,
                      @Schema(example = "2031-07-25") LocalDate startDate, @Schema(example = "2031-07-26") LocalDate endDate,
                      @Schema(example = "Asia/Manila") String timeZone, MeetingFormat format, Bilingual city,
                      @Schema(example = "PH") String country, String venue, @Schema(example = "PHL") String chair,
                      MeetingStatus status, UUID bundle, List<UUID> prepares, Long version) {

    MeetingPlan toPlan() {
        return new MeetingPlan(ApiInput.code("series", series, SeriesCode::new), ApiInput.code("framework", framework, FrameworkCode::of),
                Ordinals.of(ordinals), Bilingual.toText(title), startDate == null ? null : new MeetingDates(startDate, endDate), timeZone,
                format, Bilingual.toText(city), country, venue, ApiInput.code("chair", chair, PartyCode::of), status,
                bundle == null ? null : new BundleId(bundle),
                prepares == null ? null : prepares.stream().filter(Objects::nonNull).map(MeetingId::new).collect(Collectors.toSet()));
    }
}
