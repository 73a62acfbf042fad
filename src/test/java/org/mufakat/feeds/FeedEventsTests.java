package org.mufakat.feeds;

import org.mufakat.testing.AsRecordKeeper;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mufakat.feeds.ParsedFeed.parameter;
import static org.mufakat.feeds.ParsedFeed.value;

/** How one meeting becomes one event, for meetings made here with dates far ahead that nothing else uses. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class FeedEventsTests {

    private static final URI SITE = URI.create("https://mufakat.example/app");

    @Autowired
    CalendarFeeds feeds;
    @Autowired
    MeetingCalendar calendar;

    @Test
    void cancelledMeetingsAreCancelledPlannedAndPostponedOnesTentativeConfirmedOnesConfirmed() {
        MeetingSummary planned = schedule(som(LocalDate.of(2089, 3, 1), MeetingStatus.PLANNED));
        MeetingSummary confirmed = schedule(som(LocalDate.of(2089, 3, 2), MeetingStatus.CONFIRMED));
        MeetingSummary postponed = schedule(som(LocalDate.of(2089, 3, 3), MeetingStatus.POSTPONED));
        MeetingSummary cancelled = schedule(som(LocalDate.of(2089, 3, 4), MeetingStatus.CANCELLED));

        ParsedFeed feed = frameworkFeed("ASEAN", "en", LocalDate.of(2089, 3, 1), LocalDate.of(2089, 3, 4));

        assertThat(status(feed, planned)).isEqualTo("TENTATIVE");
        assertThat(status(feed, confirmed)).isEqualTo("CONFIRMED");
        assertThat(status(feed, postponed)).isEqualTo("TENTATIVE");
        assertThat(status(feed, cancelled)).isEqualTo("CANCELLED");
        assertThat(value(event(feed, cancelled), Property.DESCRIPTION)).contains("Status: Cancelled");
        assertThat(value(event(feed, postponed), Property.DESCRIPTION)).contains("Status: Postponed");
    }

    @Test
    void aMeetingOverTheTurnOfTheYearEndsTheDayAfterItsLastDay() {
        MeetingSummary meeting = schedule(new MeetingPlan(new SeriesCode("SOM"), null, null, null,
                new MeetingDates(LocalDate.of(2089, 12, 30), LocalDate.of(2090, 1, 2)), null, MeetingFormat.IN_PERSON,
                null, null, null, null, null, null, null));

        VEvent event = event(frameworkFeed("ASEAN", "en", LocalDate.of(2090, 1, 1), LocalDate.of(2090, 1, 31)), meeting);

        assertThat(value(event, Property.DTSTART)).isEqualTo("20891230");
        assertThat(value(event, Property.DTEND)).isEqualTo("20900103");
    }

    @Test
    void theLocationNamesVenueCityAndCountryInTheLanguageAndSaysWhenItIsAlsoOnline() {
        MeetingSummary hybrid = schedule(new MeetingPlan(new SeriesCode("SOM"), null, null, null,
                new MeetingDates(LocalDate.of(2089, 5, 6), null), "Europe/Brussels", MeetingFormat.HYBRID,
                LocalizedText.of("Brussels", "Brúc-xen"), "BE", "Egmont Palace", PartyCode.of("VNM"), null, null, null));
        MeetingSummary online = schedule(new MeetingPlan(new SeriesCode("SOM"), null, null, null,
                new MeetingDates(LocalDate.of(2089, 5, 7), null), null, MeetingFormat.ONLINE,
                LocalizedText.of("Hanoi", "Hà Nội"), "VN", null, null, null, null, null));
        MeetingSummary nowhereYet = schedule(som(LocalDate.of(2089, 5, 8), MeetingStatus.PLANNED));

        ParsedFeed english = frameworkFeed("ASEAN", "en", LocalDate.of(2089, 5, 6), LocalDate.of(2089, 5, 8));
        ParsedFeed vietnamese = frameworkFeed("ASEAN", "vi", LocalDate.of(2089, 5, 6), LocalDate.of(2089, 5, 8));

        assertThat(value(event(english, hybrid), Property.LOCATION)).isEqualTo("Egmont Palace, Brussels, Belgium (and online)");
        assertThat(value(event(vietnamese, hybrid), Property.LOCATION)).isEqualTo("Egmont Palace, Brúc-xen, Bỉ (và trực tuyến)");
        assertThat(value(event(english, online), Property.LOCATION)).isEqualTo("Online");
        assertThat(value(event(vietnamese, online), Property.LOCATION)).isEqualTo("Trực tuyến");
        assertThat(value(event(english, nowhereYet), Property.LOCATION)).isNull();

        assertThat(value(event(english, hybrid), Property.DESCRIPTION)).contains("Chair: Viet Nam",
                "Format: In person and online", "Time zone: Europe/Brussels");
        assertThat(parameter(event(english, hybrid), Property.ORGANIZER, "CN")).isEqualTo("Viet Nam");
        assertThat(parameter(event(vietnamese, hybrid), Property.ORGANIZER, "CN")).isEqualTo("Việt Nam");
    }

    @Test
    void aRevisionKeepsTheUidAndRaisesSequenceAndLastModified() throws Exception {
        MeetingSummary scheduled = schedule(som(LocalDate.of(2089, 7, 1), MeetingStatus.PLANNED));
        VEvent before = event(frameworkFeed("ASEAN", "en", LocalDate.of(2089, 7, 1), LocalDate.of(2089, 7, 31)), scheduled);
        Thread.sleep(1100); // LAST-MODIFIED counts whole seconds

        MeetingSummary moved = calendar.revise(scheduled.id(), som(LocalDate.of(2089, 7, 20), MeetingStatus.CONFIRMED),
                scheduled.version());
        VEvent after = event(frameworkFeed("ASEAN", "en", LocalDate.of(2089, 7, 1), LocalDate.of(2089, 7, 31)), moved);

        assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
        assertThat(Integer.parseInt(value(after, Property.SEQUENCE))).isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
        assertThat(value(after, Property.LAST_MODIFIED)).isGreaterThan(value(before, Property.LAST_MODIFIED))
                .isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(moved.updatedAt()));
        assertThat(value(after, Property.DTSTART)).isEqualTo("20890720");
    }

    @Test
    void linksToTheMeetingPageStartFromTheSiteAddress() {
        MeetingSummary meeting = schedule(som(LocalDate.of(2089, 9, 9), MeetingStatus.PLANNED));

        VEvent english = event(frameworkFeed("ASEAN", "en", LocalDate.of(2089, 9, 9), LocalDate.of(2089, 9, 9)), meeting);
        VEvent vietnamese = event(frameworkFeed("ASEAN", "vi", LocalDate.of(2089, 9, 9), LocalDate.of(2089, 9, 9)), meeting);

        assertThat(value(english, Property.URL)).isEqualTo("https://mufakat.example/app/meetings/" + meeting.id());
        assertThat(value(vietnamese, Property.URL)).isEqualTo("https://mufakat.example/app/meetings/" + meeting.id() + "?lang=vi");
        assertThat(value(english, Property.ORGANIZER)).isEqualTo("https://mufakat.example/app/");
    }

    @Test
    void aLongVietnameseTitleIsFoldedByOctetsAndReadsBackWhole() {
        String title = "Hội nghị Quan chức cao cấp ASEAN về Tầm nhìn Cộng đồng ASEAN 2045 và Kế hoạch hành động "
                + "thực hiện các Chiến lược, tổ chức trực tiếp kết hợp trực tuyến, lần đặc biệt";
        MeetingSummary meeting = schedule(new MeetingPlan(new SeriesCode("SOM"), null, null,
                LocalizedText.of("ASEAN SOM on the ASEAN Community Vision 2045", title), new MeetingDates(LocalDate.of(2089, 11, 11), null),
                null, MeetingFormat.IN_PERSON, null, null, null, null, null, null, null));

        CalendarFeed feed = feeds.framework("ASEAN", new FeedRequest("vi", LocalDate.of(2089, 11, 11), LocalDate.of(2089, 11, 11), SITE));
        ParsedFeed parsed = ParsedFeed.of(feed.render());

        assertThat(title.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2 * ContentLines.MAX_OCTETS);
        assertThat(value(event(parsed, meeting), Property.SUMMARY)).isEqualTo(title);
        List<String> lines = List.of(parsed.text().split("\r\n"));
        int first = lines.indexOf(lines.stream().filter(line -> line.startsWith("SUMMARY:")).findFirst().orElseThrow());
        List<String> summary = new ArrayList<>(List.of(lines.get(first)));
        lines.subList(first + 1, lines.size()).stream().takeWhile(line -> line.startsWith(" ")).forEach(summary::add);
        assertThat(summary).hasSizeGreaterThanOrEqualTo(3).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ContentLines.MAX_OCTETS));
    }

    private MeetingSummary schedule(MeetingPlan plan) {
        return calendar.schedule(plan);
    }

    private ParsedFeed frameworkFeed(String code, String language, LocalDate from, LocalDate to) {
        return ParsedFeed.of(feeds.framework(code, new FeedRequest(language, from, to, SITE)).render());
    }

    private static VEvent event(ParsedFeed feed, MeetingSummary meeting) {
        return feed.eventWithUid("meeting-" + meeting.id() + "@mufakat")
                .orElseThrow(() -> new AssertionError("No event for " + meeting.id() + " among " + feed.uids()));
    }

    private static String status(ParsedFeed feed, MeetingSummary meeting) {
        return value(event(feed, meeting), Property.STATUS);
    }

    private static MeetingPlan som(LocalDate day, MeetingStatus status) {
        return new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, null), null,
                MeetingFormat.IN_PERSON, null, null, null, null, status, null, null);
    }
}
