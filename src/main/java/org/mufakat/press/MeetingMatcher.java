package org.mufakat.press;

import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.Ordinals;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.Framework;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.Folding;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the meeting on record a reported meeting is: by series, framework and ordinal; else by series, framework,
 * overlapping dates and the same place (a place the report does not name does not disagree). A meeting without
 * dates in the report is looked for in the report's year, and then only where the place agrees. No match: new.
 */
@Component
class MeetingMatcher {

    private final MeetingCalendar calendar;
    private final Organisation organisation;
    private final Places places;

    MeetingMatcher(MeetingCalendar calendar, Organisation organisation, Places places) {
        this.calendar = calendar;
        this.organisation = organisation;
        this.places = places;
    }

    /** How a meeting was matched: the meeting and the rule ("ordinal", "dates and place", "year and place"). */
    record Match(MeetingSummary meeting, String rule) {
    }

    Optional<Match> match(Map<String, String> values, Integer reportYear) {
        SeriesCode series = series(values.get("series")).orElse(null);
        if (series == null) {
            return Optional.empty();
        }
        FrameworkCode framework = framework(values).orElse(null);
        Ordinals ordinals = ordinals(values.get("ordinals"));
        if (ordinals != null && framework != null) {
            List<MeetingSummary> holding = calendar.holdingOrdinals(series, framework, ordinals);
            if (!holding.isEmpty()) {
                return Optional.of(new Match(holding.getFirst(), "ordinal"));
            }
            return Optional.empty(); // a numbered meeting the record does not have yet
        }
        LocalDate start = date(values.get("start"));
        LocalDate end = date(values.get("end"));
        boolean dated = start != null;
        if (!dated && reportYear == null) {
            return Optional.empty();
        }
        LocalDate from = dated ? start : LocalDate.of(reportYear, 1, 1);
        LocalDate to = dated ? (end == null || end.isBefore(start) ? start : end) : LocalDate.of(reportYear, 12, 31);
        List<MeetingSummary> candidates = calendar.meetings(new MeetingFilter(from, to, null, null, null, null, 0, 200)).meetings()
                .stream()
                .filter(m -> m.series().equals(series))
                .filter(m -> framework == null || m.framework().equals(framework))
                .filter(m -> ordinals == null || m.ordinals() == null || m.ordinals().overlaps(ordinals))
                .filter(m -> samePlace(m, values, !dated))
                .toList();
        return candidates.size() == 1 ? Optional.of(new Match(candidates.getFirst(), dated ? "dates and place" : "year and place"))
                : Optional.empty();
    }

    /** The framework of the meeting: the family's only framework, or the ASEAN+1 framework of the partner. */
    Optional<FrameworkCode> framework(Map<String, String> values) {
        String family = values.get("framework");
        if (family == null) {
            return series(values.get("series")).flatMap(calendar::series).map(s -> s.framework())
                    .filter(FrameworkCode::isValid).map(FrameworkCode::of).filter(code -> organisation.findFramework(code).isPresent());
        }
        List<Framework> frameworks = organisation.frameworks().stream().filter(f -> f.belongsTo(family)).toList();
        String partner = values.get("partner");
        if (partner != null) {
            Optional<PartyCode> party = places.party(partner);
            frameworks = frameworks.stream().filter(f -> party.isPresent() && party.get().equals(f.partner())).toList();
        }
        return frameworks.size() == 1 ? Optional.of(frameworks.getFirst().code()) : Optional.empty();
    }

    Optional<SeriesCode> series(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return calendar.series(new SeriesCode(code)).map(s -> s.code());
    }

    private boolean samePlace(MeetingSummary meeting, Map<String, String> values, boolean required) {
        String city = values.get("city");
        String country = values.get("country");
        boolean cityAgrees = city == null || meeting.city() == null || Folding.fold(city).equals(Folding.fold(meeting.city().en()))
                || (meeting.city().vi() != null && Folding.fold(city).equals(Folding.fold(meeting.city().vi())));
        String iso = places.countryIso(country).orElse(null);
        boolean countryAgrees = iso == null || meeting.countryIso() == null || iso.equals(meeting.countryIso());
        if (!cityAgrees || !countryAgrees) {
            return false;
        }
        if (required) { // without dates, the place must be stated on both sides and agree
            return (city != null && meeting.city() != null) || (iso != null && meeting.countryIso() != null);
        }
        return true;
    }

    static Ordinals ordinals(String text) {
        try {
            return Ordinals.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
