package org.mufakat.feeds;

import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingPage;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.Framework;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The calendar as iCalendar feeds that calendar applications subscribe to: every meeting, a framework's or a
 * family's meetings ("EAS", "ASEAN+1"), and the meetings a party's delegation attends ("VNM"), in English or
 * Vietnamese, over a window of dates.
 *
 * <p>A feed is cheap to validate: its entity tag comes from the meetings' ids and versions and what else the
 * text depends on, so a subscriber polling an unchanged feed gets a 304 without anything being rendered.
 */
@Service
public class CalendarFeeds {

    /** Bump when the rendering changes, so that subscribers' cached copies stop matching. */
    static final String RENDERING = "1";
    static final List<String> LANGUAGES = List.of("en", "vi");

    private final MeetingCalendar calendar;
    private final Organisation organisation;
    private final FeedWriter writer;
    private final Clock clock;

    CalendarFeeds(MeetingCalendar calendar, Organisation organisation, FeedWriter writer, Clock clock) {
        this.calendar = calendar;
        this.organisation = organisation;
        this.writer = writer;
        this.clock = clock;
    }

    /** The meetings of a framework ("EAS", "ASEAN-JPN") or of a family of frameworks ("ASEAN+1"). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CalendarFeed framework(String code, FeedRequest request) {
        return feed(frameworkSubject(code), request);
    }

    /** The meetings a party's delegation attends: recorded there, or due by its seat at the framework's table. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CalendarFeed country(String code, FeedRequest request) {
        return feed(countrySubject(code), request);
    }

    /** Every meeting of the organisation. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CalendarFeed all(FeedRequest request) {
        LocalizedText organisationName = organisation.info().name();
        return feed(new FeedSubject("all", "all", FeedWording.ALL_MEETINGS, FeedWording.allMeetingsOf(organisationName),
                null, null), request);
    }

    private CalendarFeed feed(FeedSubject subject, FeedRequest request) {
        Locale language = language(request.language());
        FeedWindow window = FeedWindow.of(request.from(), request.to(), LocalDate.now(clock));
        List<MeetingSummary> meetings = meetings(subject, window);
        Instant lastModified = meetings.stream().map(MeetingSummary::updatedAt).max(Instant::compareTo)
                .map(instant -> instant.truncatedTo(ChronoUnit.SECONDS)).orElse(null);
        FeedWriter.Content content = new FeedWriter.Content(subject, language, window, request.site(), meetings);
        return new CalendarFeed(fileName(subject, language), etag(subject, language, window, request.site(), meetings),
                lastModified, () -> writer.write(content));
    }

    private List<MeetingSummary> meetings(FeedSubject subject, FeedWindow window) {
        List<MeetingSummary> meetings = new ArrayList<>();
        MeetingPage page;
        int number = 0;
        do {
            page = calendar.meetings(subject.filter(window, number++));
            meetings.addAll(page.meetings());
        } while (page.hasMore());
        return meetings;
    }

    private FeedSubject frameworkSubject(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Optional<Framework> framework = organisation.frameworks().stream()
                .filter(f -> f.code().value().equals(wanted)).findFirst();
        if (framework.isPresent()) {
            Framework f = framework.get();
            return new FeedSubject("framework:" + f.code(), f.code().value(), f.shortName(),
                    FeedWording.meetingsOfFramework(f.name(), f.code().value()), f.code().value(), null);
        }
        if (organisation.frameworksOfFamily(wanted).isEmpty()) {
            throw new NotFound("framework", code);
        }
        return new FeedSubject("family:" + wanted, wanted, LocalizedText.english(wanted), FeedWording.meetingsOfFamily(wanted),
                wanted, null);
    }

    private FeedSubject countrySubject(String code) {
        Party party = Optional.ofNullable(code).filter(PartyCode::isValid).map(PartyCode::of)
                .flatMap(organisation::findParty)
                .orElseThrow(() -> new NotFound("party", code));
        return new FeedSubject("country:" + party.code(), party.code().value(), party.name(),
                FeedWording.meetingsAttendedBy(party.name()), null, party.code());
    }

    private static Locale language(String language) {
        if (language == null || language.isBlank()) {
            return Locale.ENGLISH;
        }
        String wanted = language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(wanted)) {
            throw RuleViolation.of("lang", "feed.language.unsupported",
                    "Feeds are published in " + String.join(" and ", LANGUAGES) + ", not " + language, language);
        }
        return Locale.forLanguageTag(wanted);
    }

    private static String fileName(FeedSubject subject, Locale language) {
        String name = subject.fileName().toLowerCase(Locale.ROOT).replace("+", "-plus-").replaceAll("[^a-z0-9-]+", "-");
        return "mufakat-" + name + ("en".equals(language.getLanguage()) ? "" : "-" + language.getLanguage()) + ".ics";
    }

    private String etag(FeedSubject subject, Locale language, FeedWindow window, URI site, List<MeetingSummary> meetings) {
        StringBuilder state = new StringBuilder(64 + meetings.size() * 64)
                .append(RENDERING).append('|').append(subject.key()).append('|').append(language.getLanguage())
                .append('|').append(window.from()).append('|').append(window.to()).append('|').append(site)
                .append('|').append(organisation.info().definitionVersion());
        for (MeetingSummary meeting : meetings) {
            state.append('|').append(meeting.id()).append(':').append(meeting.version()).append(':')
                    .append(meeting.updatedAt().toEpochMilli());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.toString().getBytes(StandardCharsets.UTF_8));
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
