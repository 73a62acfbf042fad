package org.mufakat.feeds;

import org.mufakat.testing.AsRecordKeeper;

import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.FrameworkCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mufakat.feeds.ParsedFeed.value;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How the feeds behave over HTTP for a calendar application that subscribes to them and polls. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class FeedHttpTests {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;
    @Autowired
    org.mufakat.access.CurrentActor actor;
    @Autowired
    MeetingCalendar calendar;

    @Test
    void aFeedIsServedAsUtf8CalendarTextToShowInline() throws Exception {
        MockHttpServletResponse response = fetch("/feeds/frameworks/eas.ics?from=2024-01-01&to=2024-12-31");

        MediaType type = MediaType.parseMediaType(response.getContentType());
        assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue();
        assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline; filename=\"mufakat-eas.ics\"");
        assertThat(response.getHeader(HttpHeaders.ETAG)).matches("\"[0-9a-f]{32}\"");
        assertThat(response.getDateHeader(HttpHeaders.LAST_MODIFIED)).isPositive();
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=");

        assertThat(fetch("/feeds/countries/VNM.ics?lang=vi&from=2024-01-01&to=2024-12-31").getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"mufakat-vnm-vi.ics\"");
        assertThat(fetch("/feeds/frameworks/ASEAN+1.ics?from=2024-01-01&to=2024-12-31").getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"mufakat-asean-plus-1.ics\"");
        assertThat(fetch("/feeds/all.ics?from=2024-01-01&to=2024-12-31").getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"mufakat-all.ics\"");
    }

    @Test
    void aPollThatFindsNothingNewGetsANotModifiedWithoutABody() throws Exception {
        String url = "/feeds/countries/JPN.ics?from=2024-01-01&to=2024-12-31";
        MockHttpServletResponse first = fetch(url);
        String etag = first.getHeader(HttpHeaders.ETAG);
        String lastModified = first.getHeader(HttpHeaders.LAST_MODIFIED);

        mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.ETAG, etag))
                .andExpect(content().bytes(new byte[0]));
        mvc.perform(get(url).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                .andExpect(status().isNotModified());
        mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, "\"something-else\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag));
    }

    @Test
    void theEntityTagDependsOnLanguageWindowAndSubject() throws Exception {
        String english = fetch("/feeds/frameworks/EAS.ics?from=2024-01-01&to=2024-12-31").getHeader(HttpHeaders.ETAG);

        assertThat(List.of(english,
                fetch("/feeds/frameworks/EAS.ics?lang=vi&from=2024-01-01&to=2024-12-31").getHeader(HttpHeaders.ETAG),
                fetch("/feeds/frameworks/EAS.ics?from=2024-01-01&to=2024-10-10").getHeader(HttpHeaders.ETAG),
                fetch("/feeds/frameworks/APT.ics?from=2024-01-01&to=2024-12-31").getHeader(HttpHeaders.ETAG)))
                .doesNotHaveDuplicates();
        assertThat(fetch("/feeds/frameworks/EAS.ics?lang=en&from=2024-01-01&to=2024-12-31").getHeader(HttpHeaders.ETAG))
                .as("lang=en is the default").isEqualTo(english);
    }

    @Test
    void aNewOrRevisedMeetingChangesTheFeedAndItsEntityTag() throws Exception {
        String url = "/feeds/frameworks/ARF.ics?from=2088-01-01&to=2088-12-31";
        String etagBefore = fetch(url).getHeader(HttpHeaders.ETAG);

        MeetingSummary scheduled = recorded(() -> calendar.schedule(plan(LocalDate.of(2088, 5, 12), MeetingStatus.PLANNED)));
        String uid = "meeting-" + scheduled.id() + "@mufakat";

        MockHttpServletResponse added = mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etagBefore))
                .andExpect(status().isOk()).andReturn().getResponse();
        String etagAdded = added.getHeader(HttpHeaders.ETAG);
        assertThat(etagAdded).isNotEqualTo(etagBefore);
        ParsedFeed withMeeting = ParsedFeed.of(added.getContentAsByteArray());
        assertThat(value(withMeeting.eventWithUid(uid).orElseThrow(), Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(added.getDateHeader(HttpHeaders.LAST_MODIFIED) / 1000).isEqualTo(scheduled.updatedAt().getEpochSecond());
        mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etagAdded)).andExpect(status().isNotModified());

        MeetingSummary confirmed = recorded(() -> calendar.revise(scheduled.id(), plan(LocalDate.of(2088, 5, 12), MeetingStatus.CONFIRMED),
                scheduled.version()));
        MockHttpServletResponse revised = mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etagAdded))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(revised.getHeader(HttpHeaders.ETAG)).isNotIn(etagBefore, etagAdded);
        var event = ParsedFeed.of(revised.getContentAsByteArray()).eventWithUid(uid).orElseThrow();
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo(String.valueOf(confirmed.version()));
        assertThat(confirmed.version()).isGreaterThan(scheduled.version());
    }

    @Test
    void anEmptyFeedIsStillAValidCalendar() throws Exception {
        // Sri Lanka sits only at the ARF table; nothing is planned for it this far ahead.
        MockHttpServletResponse response = fetch("/feeds/countries/LKA.ics?from=2098-01-01&to=2098-01-31");

        ParsedFeed empty = ParsedFeed.of(response.getContentAsByteArray());
        assertThat(empty.events()).isEmpty();
        assertThat(empty.calendar().getComponents(Component.VTIMEZONE))
                .as("RFC 5545 wants at least one component: the organisation's time zone").hasSize(1);
        assertThat(empty.calendar().validate().hasErrors()).isFalse();
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNotBlank();
        assertThat(response.getHeader(HttpHeaders.LAST_MODIFIED)).isNull();
    }

    @Test
    void withoutDatesAFeedCoversLastYearToFiveYearsAhead() throws Exception {
        int year = LocalDate.now().getYear();
        MeetingSummary nextYear = recorded(() -> calendar.schedule(plan(LocalDate.of(year + 1, 2, 27), MeetingStatus.PLANNED)));
        MeetingSummary lastYear = recorded(() -> calendar.schedule(plan(LocalDate.of(year - 1, 1, 1), MeetingStatus.PLANNED)));
        MeetingSummary inFiveYears = recorded(() -> calendar.schedule(plan(LocalDate.of(year + 5, 12, 31), MeetingStatus.PLANNED)));
        MeetingSummary twoYearsAgo = recorded(() -> calendar.schedule(plan(LocalDate.of(year - 2, 12, 31), MeetingStatus.PLANNED)));
        MeetingSummary inSixYears = recorded(() -> calendar.schedule(plan(LocalDate.of(year + 6, 1, 1), MeetingStatus.PLANNED)));

        ParsedFeed feed = ParsedFeed.of(fetch("/feeds/frameworks/ARF.ics").getContentAsByteArray());

        assertThat(feed.uids()).contains(uid(nextYear), uid(lastYear), uid(inFiveYears))
                .doesNotContain(uid(twoYearsAgo), uid(inSixYears));
        assertThat(feed.property("X-WR-CALDESC")).contains((year - 1) + "-01-01", (year + 5) + "-12-31");
    }

    @Test
    void anUnknownFrameworkOrPartyIsANotFoundProblemEvenToACalendarClient() throws Exception {
        for (String url : new String[]{"/feeds/frameworks/XYZ.ics", "/feeds/frameworks/not a code!.ics",
                "/feeds/countries/ATL.ics", "/feeds/countries/v-n.ics"}) {
            mvc.perform(get(url).accept(MediaType.parseMediaType("text/calendar")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.title").value("Not found"));
        }
    }

    @Test
    void aDateThatIsNotADateIsABadRequestProblem() throws Exception {
        mvc.perform(get("/feeds/all.ics?from=2024-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void aWindowThatEndsBeforeItStartsOrSpansMoreThanTwentyYearsBreaksARule() throws Exception {
        mvc.perform(get("/feeds/all.ics?from=2024-12-31&to=2024-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].code").value("feed.window.reversed"));
        mvc.perform(get("/feeds/countries/VNM.ics?from=2010-01-01&to=2030-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("feed.window.tooLong"));
        mvc.perform(get("/feeds/countries/VNM.ics?from=2010-01-01&to=2029-12-31"))
                .andExpect(status().isOk());
    }

    @Test
    void aLanguageOtherThanEnglishOrVietnameseBreaksARule() throws Exception {
        mvc.perform(get("/feeds/frameworks/EAS.ics?lang=fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("lang"))
                .andExpect(jsonPath("$.errors[0].code").value("feed.language.unsupported"));
    }

    private MockHttpServletResponse fetch(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
    }

    private static String uid(MeetingSummary meeting) {
        return "meeting-" + meeting.id() + "@mufakat";
    }

    private static MeetingPlan plan(LocalDate day, MeetingStatus status) {
        return new MeetingPlan(new SeriesCode("ARF SOM"), FrameworkCode.of("ARF"), null, null, new MeetingDates(day, day), null,
                MeetingFormat.IN_PERSON, null, null, null, null, status, null, null);
    }

    /** MockMvc's requests clear the test's security context; the record keeper's changes go through as the system. */
    private MeetingSummary recorded(java.util.function.Supplier<MeetingSummary> change) {
        return actor.asSystem("test", change);
    }
}
