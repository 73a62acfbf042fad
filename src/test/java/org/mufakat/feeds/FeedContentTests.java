package org.mufakat.feeds;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mufakat.feeds.ParsedFeed.parameter;
import static org.mufakat.feeds.ParsedFeed.value;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the feeds say about the demo calendar (2018, 2021 and 2024 meetings), read back as a calendar application would. */
@SpringBootTest
@AutoConfigureMockMvc
class FeedContentTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aFrameworkFeedListsItsMeetingsAsAllDayEventsEndingTheDayAfter() throws Exception {
        ParsedFeed feed = read("/feeds/frameworks/EAS.ics?from=2024-01-01&to=2024-12-31");

        VEvent summit = feed.event("19th East Asia Summit");
        assertThat(value(summit, Property.DTSTART)).isEqualTo("20241011");
        assertThat(parameter(summit, Property.DTSTART, "VALUE")).isEqualTo("DATE");
        assertThat(value(summit, Property.DTEND)).isEqualTo("20241012");
        assertThat(parameter(summit, Property.DTEND, "VALUE")).isEqualTo("DATE");
        assertThat(feed.text()).contains("DTSTART;VALUE=DATE:20241011\r\n", "DTEND;VALUE=DATE:20241012\r\n");

        // Other tests share the database and may add EAS SOMs of 2024; the seeds' one is the 21-22 August SOM.
        assertThat(feed.events()).filteredOn(e -> "East Asia Summit Senior Officials' Meeting".equals(value(e, Property.SUMMARY)))
                .anySatisfy(som -> {
                    assertThat(value(som, Property.DTSTART)).isEqualTo("20240821");
                    assertThat(value(som, Property.DTEND)).isEqualTo("20240823");
                });

        assertThat(feed.summaries()).contains("14th East Asia Summit Foreign Ministers' Meeting")
                .doesNotContain("ASEAN Senior Officials' Meeting", "27th ASEAN Plus Three Summit", "57th ASEAN Foreign Ministers' Meeting");
        assertThat(feed.events()).allSatisfy(event -> assertThat(value(event, Property.CATEGORIES)).startsWith("EAS,"));
        assertThat(feed.property("X-WR-CALNAME")).isEqualTo("Mufakat – EAS");
        assertThat(feed.property("X-WR-CALDESC")).contains("East Asia Summit", "2024-01-01", "2024-12-31");
    }

    @Test
    void aFeedIsAPublishedGregorianCalendarOfMufakat() throws Exception {
        ParsedFeed feed = read("/feeds/all.ics?from=2024-01-01&to=2024-12-31");

        assertThat(feed.property(Property.PRODID)).isEqualTo("-//Mufakat//Meeting calendar//EN");
        assertThat(feed.property(Property.VERSION)).isEqualTo("2.0");
        assertThat(feed.property(Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(feed.property(Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(feed.property("X-WR-CALNAME")).isEqualTo("Mufakat – All meetings");
        assertThat(feed.property("X-WR-CALDESC")).startsWith("All meetings of the Association of Southeast Asian Nations");
        assertThat(feed.summaries()).contains("57th ASEAN Foreign Ministers' Meeting", "19th East Asia Summit",
                "24th ASEAN–EU Foreign Ministers' Meeting", "31st ASEAN Regional Forum");
    }

    @Test
    void anEventCarriesEverythingACalendarApplicationShows() throws Exception {
        ParsedFeed feed = read("/feeds/frameworks/ASEAN.ics?from=2024-07-01&to=2024-07-31");

        VEvent amm = feed.event("57th ASEAN Foreign Ministers' Meeting");
        String uid = value(amm, Property.UID);
        assertThat(uid).matches("meeting-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@mufakat");
        String id = uid.substring("meeting-".length(), uid.indexOf('@'));
        assertThat(value(amm, Property.URL)).isEqualTo("http://localhost/meetings/" + id);
        assertThat(value(amm, Property.DTSTART)).isEqualTo("20240725");
        assertThat(value(amm, Property.DTEND)).isEqualTo("20240726");
        assertThat(value(amm, Property.LOCATION)).isEqualTo("National Convention Centre, Vientiane, Lao PDR");
        assertThat(value(amm, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(amm, Property.CATEGORIES)).isEqualTo("ASEAN,Ministers");
        assertThat(value(amm, Property.SEQUENCE)).matches("\\d+");
        assertThat(value(amm, Property.DTSTAMP)).matches("\\d{8}T\\d{6}Z");
        assertThat(value(amm, Property.LAST_MODIFIED)).isEqualTo(value(amm, Property.DTSTAMP));
        assertThat(parameter(amm, Property.ORGANIZER, "CN")).isEqualTo("Lao PDR");
        assertThat(value(amm, Property.DESCRIPTION)).contains(
                "Series: ASEAN Foreign Ministers' Meeting (AMM)",
                "Framework: ASEAN",
                "Chair: Lao PDR",
                "Format: In person",
                "Status: Held",
                "Time zone: Asia/Vientiane",
                "http://localhost/meetings/" + id);
        assertThat(value(amm, Property.DESCRIPTION).lines()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void aFamilyFeedListsTheMeetingsOfEveryFrameworkInTheFamily() throws Exception {
        ParsedFeed feed = read("/feeds/frameworks/ASEAN+1.ics?from=2024-01-01&to=2024-12-31");

        assertThat(feed.summaries()).contains("24th ASEAN–EU Foreign Ministers' Meeting", "ASEAN–Australia Special Summit")
                .doesNotContain("57th ASEAN Foreign Ministers' Meeting", "19th East Asia Summit");
        assertThat(value(feed.event("ASEAN–Australia Special Summit"), Property.DTEND)).isEqualTo("20240307");
        assertThat(value(feed.event("ASEAN–Australia Special Summit"), Property.LOCATION)).isEqualTo("Melbourne, Australia");
        assertThat(value(feed.event("24th ASEAN–EU Foreign Ministers' Meeting"), Property.LOCATION))
                .as("a host country with no party in the organisation still gets its name").isEqualTo("Brussels, Belgium");
        assertThat(feed.property("X-WR-CALNAME")).isEqualTo("Mufakat – ASEAN+1");
    }

    @Test
    void aCountryFeedListsTheMeetingsWhereItHasASeatOrADelegation() throws Exception {
        ParsedFeed japan = read("/feeds/countries/JPN.ics?from=2024-01-01&to=2024-12-31");

        assertThat(japan.summaries()).contains("27th ASEAN Plus Three Summit", "19th East Asia Summit",
                        "25th ASEAN Plus Three Foreign Ministers' Meeting", "East Asia Summit Senior Officials' Meeting",
                        "31st ASEAN Regional Forum")
                .doesNotContain("ASEAN Foreign Ministers' Retreat", "57th ASEAN Foreign Ministers' Meeting",
                        "44th and 45th ASEAN Summits", "24th ASEAN–EU Foreign Ministers' Meeting");
        assertThat(japan.property("X-WR-CALNAME")).isEqualTo("Mufakat – Japan");
        assertThat(japan.property("X-WR-CALDESC")).startsWith("Meetings that the delegation of Japan attends");
    }

    @Test
    void theVietNamFeedHasTheOnlineSeniorOfficialsMeetingOf2021() throws Exception {
        ParsedFeed vietNam = read("/feeds/countries/vnm.ics?from=2021-01-01&to=2021-12-31");

        VEvent som = vietNam.event("ASEAN Senior Officials' Meeting");
        assertThat(value(som, Property.DTSTART)).isEqualTo("20210729");
        assertThat(value(som, Property.DTEND)).isEqualTo("20210730");
        assertThat(value(som, Property.LOCATION)).isEqualTo("Online");
        assertThat(value(som, Property.DESCRIPTION)).contains("Format: Online", "Chair: Brunei Darussalam");

        VEvent amm = vietNam.event("54th ASEAN Foreign Ministers' Meeting");
        assertThat(value(amm, Property.DTSTART)).isEqualTo("20210802");
        assertThat(value(amm, Property.DTEND)).isEqualTo("20210807");
        assertThat(vietNam.property("X-WR-CALNAME")).isEqualTo("Mufakat – Viet Nam");
    }

    @Test
    void inVietnameseTitlesPlacesAndDescriptionsAreVietnamese() throws Exception {
        ParsedFeed feed = read("/feeds/countries/VNM.ics?lang=vi&from=2024-07-01&to=2024-10-31");

        VEvent amm = feed.event("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57");
        assertThat(value(amm, Property.LOCATION)).isEqualTo("National Convention Centre, Viêng Chăn, Lào");
        assertThat(value(amm, Property.DESCRIPTION)).contains("Chủ tịch: Lào", "Hình thức: Trực tiếp", "Tình trạng: Đã diễn ra");
        assertThat(value(amm, Property.CATEGORIES)).isEqualTo("ASEAN,Cấp Bộ trưởng");
        assertThat(value(amm, Property.URL)).endsWith("?lang=vi");
        assertThat(parameter(amm, Property.ORGANIZER, "CN")).isEqualTo("Lào");
        assertThat(feed.summaries()).contains("Hội nghị Cấp cao ASEAN lần thứ 44 và 45", "Hội nghị Cấp cao Đông Á lần thứ 19");
        assertThat(feed.property("X-WR-CALNAME")).isEqualTo("Mufakat – Việt Nam");
        assertThat(feed.property("X-WR-CALDESC")).startsWith("Các hội nghị có đoàn Việt Nam tham dự");
    }

    @Test
    void theFeedsValidateAsICalendarAndITip() throws Exception {
        for (String url : new String[]{"/feeds/all.ics?from=2018-01-01&to=2024-12-31",
                "/feeds/all.ics?lang=vi&from=2018-01-01&to=2024-12-31", "/feeds/countries/VNM.ics?from=2021-01-01&to=2021-12-31"}) {
            ParsedFeed feed = read(url);
            assertThat(feed.events()).as(url).isNotEmpty();
            ValidationResult result = feed.calendar().validate();
            assertThat(result.hasErrors()).as(url + ": " + result).isFalse();
        }
    }

    @Test
    void linesEndInCrlfAndAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() throws Exception {
        byte[] raw = mvc.perform(get("/feeds/all.ics?lang=vi&from=2018-01-01&to=2024-12-31")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        // Decodes only if no multi-octet character was cut by a fold.
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(raw)).toString();
        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        String[] lines = text.split("\r\n");
        assertThat(Arrays.stream(lines).mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow())
                .isLessThanOrEqualTo(75);
        assertThat(Arrays.stream(lines).filter(line -> line.startsWith(" ")))
                .as("Vietnamese descriptions are long enough to be folded").isNotEmpty();
        assertThat(Arrays.stream(lines).filter(line -> line.getBytes(StandardCharsets.UTF_8).length > 73))
                .as("lines use the 75 octets, they are not cut at 73 characters").isNotEmpty();
    }

    private ParsedFeed read(String url) throws Exception {
        return ParsedFeed.of(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }
}
