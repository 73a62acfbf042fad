package org.mufakat.meetings;

import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;
import java.util.Set;

/** Builds meeting plans for tests: only what a test cares about is named, the rest left to the calendar's defaults. */
final class Plans {

    private String series;
    private String framework;
    private String ordinals;
    private LocalDate start;
    private LocalDate end;
    private MeetingFormat format = MeetingFormat.IN_PERSON;
    private LocalizedText city;
    private String country;
    private String venue;
    private String chair;
    private MeetingStatus status;
    private Set<MeetingId> prepares = Set.of();

    private Plans() {
    }

    static Plans of(String series, LocalDate start) {
        Plans plans = new Plans();
        plans.series = series;
        plans.start = start;
        return plans;
    }

    Plans copy() {
        Plans copy = new Plans();
        copy.series = series;
        copy.framework = framework;
        copy.ordinals = ordinals;
        copy.start = start;
        copy.end = end;
        copy.format = format;
        copy.city = city;
        copy.country = country;
        copy.venue = venue;
        copy.chair = chair;
        copy.status = status;
        copy.prepares = prepares;
        return copy;
    }

    Plans framework(String code) {
        Plans copy = copy();
        copy.framework = code;
        return copy;
    }

    Plans ordinals(String text) {
        Plans copy = copy();
        copy.ordinals = text;
        return copy;
    }

    Plans until(LocalDate date) {
        Plans copy = copy();
        copy.end = date;
        return copy;
    }

    Plans startingOn(LocalDate date) {
        Plans copy = copy();
        copy.start = date;
        return copy;
    }

    Plans online() {
        Plans copy = copy();
        copy.format = MeetingFormat.ONLINE;
        return copy;
    }

    Plans in(String cityEn, String countryIso) {
        Plans copy = copy();
        copy.city = LocalizedText.english(cityEn);
        copy.country = countryIso;
        return copy;
    }

    Plans venue(String name) {
        Plans copy = copy();
        copy.venue = name;
        return copy;
    }

    Plans chair(String code) {
        Plans copy = copy();
        copy.chair = code;
        return copy;
    }

    Plans status(MeetingStatus value) {
        Plans copy = copy();
        copy.status = value;
        return copy;
    }

    Plans prepares(MeetingId... meetings) {
        Plans copy = copy();
        copy.prepares = Set.of(meetings);
        return copy;
    }

    MeetingPlan plan() {
        return new MeetingPlan(new SeriesCode(series), framework == null ? null : FrameworkCode.of(framework),
                Ordinals.parse(ordinals), null, new MeetingDates(start, end), null, format, city, country, venue,
                chair == null ? null : PartyCode.of(chair), status, null, prepares);
    }
}
