package org.mufakat.feeds;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingSeries;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.Framework;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Writes a feed as an iCalendar object: a published (METHOD:PUBLISH) calendar with one all-day VEVENT per
 * meeting. Meeting dates are local days at the venue, so they are DATE values, not instants, and DTEND is the
 * day after the last day (RFC 5545 §3.6.1). DTSTAMP and LAST-MODIFIED are the meeting's last change and
 * SEQUENCE its version, so the same state of the calendar always gives the same bytes.
 */
@Component
class FeedWriter {

    static final String PRODUCT = "-//Mufakat//Meeting calendar//EN";
    /** How often subscribers are asked to poll; the conditional GET makes a poll that finds nothing new cheap. */
    static final Duration REFRESH = Duration.ofHours(12);

    private final Organisation organisation;
    private final MeetingCalendar meetings;

    FeedWriter(Organisation organisation, MeetingCalendar meetings) {
        this.organisation = organisation;
        this.meetings = meetings;
    }

    /** What goes into one feed. */
    record Content(FeedSubject subject, Locale language, FeedWindow window, URI site, List<MeetingSummary> meetings) {
    }

    byte[] write(Content content) {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar(content), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ContentLines.refold(text.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private Calendar calendar(Content content) {
        Locale language = content.language();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", "Mufakat – " + content.subject().name().in(language)));
        calendar.add(new XProperty("X-WR-CALDESC", content.subject().description().in(language) + ". "
                + FeedWording.window(content.window().from().toString(), content.window().to().toString()).in(language)));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (MeetingSummary meeting : content.meetings()) {
            calendar.add(event(meeting, language, content.site()));
        }
        if (content.meetings().isEmpty()) {
            // RFC 5545 §3.4 wants at least one component, and strict readers refuse an empty calendar: an empty
            // feed carries the definition of the organisation's time zone.
            VTimeZone zone = organisationTimeZone();
            if (zone != null) {
                calendar.add(zone);
            }
        }
        return calendar;
    }

    private VTimeZone organisationTimeZone() {
        TimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(organisation.info().timeZone().getId());
        return zone == null ? null : zone.getVTimeZone();
    }

    private VEvent event(MeetingSummary meeting, Locale language, URI site) {
        Instant changed = meeting.updatedAt().truncatedTo(ChronoUnit.SECONDS);
        URI page = page(meeting, language, site);
        VEvent event = new VEvent(false);
        event.add(new Uid("meeting-" + meeting.id() + "@mufakat"));
        event.add(new DtStamp(changed));
        event.add(new DtStart<>(meeting.dates().startDate()));
        event.add(new DtEnd<>(meeting.dates().endDate().plusDays(1)));
        event.add(new LastModified(changed));
        event.add(new Sequence((int) Math.min(meeting.version(), Integer.MAX_VALUE)));
        event.add(new Summary(meeting.title().in(language)));
        String location = location(meeting, language);
        if (location != null) {
            event.add(new Location(location));
        }
        event.add(new Description(description(meeting, language, page)));
        event.add(status(meeting.status()));
        event.add(new Categories(new TextList(categories(meeting, language))));
        event.add(new Url(page));
        event.add(organizer(meeting, language, site));
        // A subscribed calendar of meetings should not mark its reader busy.
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    static Status status(MeetingStatus status) {
        return switch (status) {
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            case PLANNED, POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONFIRMED, HELD -> ImmutableStatus.VEVENT_CONFIRMED;
        };
    }

    private String location(MeetingSummary meeting, Locale language) {
        if (meeting.format() == MeetingFormat.ONLINE) {
            return FeedWording.ONLINE.in(language);
        }
        StringJoiner place = new StringJoiner(", ");
        if (meeting.venue() != null) {
            place.add(meeting.venue());
        }
        if (meeting.city() != null) {
            place.add(meeting.city().in(language));
        }
        if (meeting.countryIso() != null) {
            place.add(countryName(meeting.countryIso(), language));
        }
        if (meeting.format() == MeetingFormat.HYBRID) {
            return place.length() == 0 ? FeedWording.ONLINE.in(language)
                    : place + " (" + FeedWording.AND_ONLINE.in(language) + ")";
        }
        return place.length() == 0 ? null : place.toString();
    }

    /** The organisation's name for the country where it has a party there ("Lao PDR"), else the common one. */
    private String countryName(String iso, Locale language) {
        return organisation.parties().stream()
                .filter(party -> iso.equals(party.countryIso()))
                .findFirst()
                .map(party -> party.name(language))
                .orElseGet(() -> {
                    String name = Locale.of("", iso).getDisplayCountry(language);
                    return name.isBlank() ? iso : name;
                });
    }

    private String description(MeetingSummary meeting, Locale language, URI page) {
        List<String> lines = new ArrayList<>();
        String series = meetings.series(meeting.series()).map(MeetingSeries::name).map(name -> name.in(language))
                .orElse(meeting.series().value());
        lines.add(FeedWording.SERIES.in(language) + ": " + series + " (" + meeting.series() + ")");
        lines.add(FeedWording.FRAMEWORK.in(language) + ": " + frameworkName(meeting, language));
        if (meeting.chair() != null) {
            lines.add(FeedWording.CHAIR.in(language) + ": " + organisation.findParty(meeting.chair())
                    .map(party -> party.name(language)).orElse(meeting.chair().value()));
        }
        lines.add(FeedWording.FORMAT.in(language) + ": " + FeedWording.format(meeting.format(), language));
        lines.add(FeedWording.STATUS.in(language) + ": " + FeedWording.status(meeting.status(), language));
        lines.add(FeedWording.TIME_ZONE.in(language) + ": " + meeting.timeZone().getId()
                + " (" + FeedWording.LOCAL_DAYS.in(language) + ")");
        lines.add(FeedWording.MORE.in(language) + ": " + page);
        return String.join("\n", lines);
    }

    private String frameworkName(MeetingSummary meeting, Locale language) {
        return organisation.findFramework(meeting.framework()).map(Framework::name).map(name -> name.in(language))
                .orElse(meeting.framework().value());
    }

    private List<String> categories(MeetingSummary meeting, Locale language) {
        String framework = organisation.findFramework(meeting.framework())
                .map(f -> f.shortName(language)).orElse(meeting.framework().value());
        return List.of(framework, FeedWording.level(meeting.level(), language));
    }

    /**
     * iTIP (RFC 5546 §3.2.1) requires an ORGANIZER on a published event: the chair, who chairs every meeting
     * of its year, or else the organisation. No mailbox is known for either, so the address is the site's.
     */
    private Organizer organizer(MeetingSummary meeting, Locale language, URI site) {
        LocalizedText name = meeting.chair() == null ? null
                : organisation.findParty(meeting.chair()).map(Party::name).orElse(null);
        String commonName = name != null ? name.in(language) : organisation.info().name().in(language);
        Organizer organizer = new Organizer(URI.create(stripTrailingSlash(site.toString()) + "/"));
        organizer.add(new Cn(commonName));
        return organizer;
    }

    private static URI page(MeetingSummary meeting, Locale language, URI site) {
        String path = "/meetings/" + meeting.id() + ("vi".equals(language.getLanguage()) ? "?lang=vi" : "");
        return URI.create(stripTrailingSlash(site.toString()) + path);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
