package org.mufakat.meetings.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reads the demo meetings (2018, 2021, 2024); schedules its own in 2031-2032, one-day meetings each on a day of its
 * own, so that a refused request can be checked to have saved nothing on its day.
 */
class MeetingApiTests extends ApiTestSupport {

    private static final String MEETINGS = "/api/v1/meetings";
    private static final String MEETING = "/api/v1/meetings/{id}";
    private static final String BETWEEN = MEETINGS + "?from={from}&to={to}";
    private static final String AMM_57 = "$.meetings[?(@.series == 'AMM' && @.ordinals[0] == 57)]";

    // Listing

    @Test
    void listsTheCurrentCalendarYearByDefault() throws Exception {
        int year = LocalDate.now().getYear();
        get(MEETINGS)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(500))
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.meetings[*].endDate", everyItem(greaterThanOrEqualTo(year + "-01-01"))))
                .andExpect(jsonPath("$.meetings[*].startDate", everyItem(lessThanOrEqualTo(year + "-12-31"))));
    }

    @Test
    void findsThe57thAmmInVientianeByFrameworkAndLevel() throws Exception {
        get(BETWEEN + "&framework={framework}&level={level}", "2024-07-01", "2024-07-31", "ASEAN", "MINISTERS")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings[*].framework", everyItem(org.hamcrest.Matchers.is("ASEAN"))))
                .andExpect(jsonPath("$.meetings[*].level", everyItem(org.hamcrest.Matchers.is("MINISTERS"))))
                .andExpect(jsonPath(AMM_57 + ".title.en", contains("57th ASEAN Foreign Ministers' Meeting")))
                .andExpect(jsonPath(AMM_57 + ".title.vi", contains("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57")))
                .andExpect(jsonPath(AMM_57 + ".startDate", contains("2024-07-25")))
                .andExpect(jsonPath(AMM_57 + ".city.en", contains("Vientiane")))
                .andExpect(jsonPath(AMM_57 + ".chair", contains("LAO")))
                .andExpect(jsonPath(AMM_57 + ".status", contains("HELD")));
    }

    @Test
    void listsTheMeetingsOfAFrameworkFamily() throws Exception {
        get(BETWEEN + "&framework={framework}", "2024-01-01", "2024-12-31", "ASEAN+1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings[*].framework", hasItems("ASEAN-EU", "ASEAN-AUS")))
                .andExpect(jsonPath("$.meetings[*].framework", not(hasItem("ASEAN"))))
                .andExpect(jsonPath("$.meetings[?(@.framework == 'ASEAN-EU')].title.en", hasItem("24th ASEAN–EU Foreign Ministers' Meeting")));
    }

    @Test
    void listsTheMeetingsAPartyAttendsByItsSeatAtTheTable() throws Exception {
        get(BETWEEN + "&country={country}", "2024-08-21", "2024-08-22", "USA")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings[*].series", hasItem("EAS SOM")))
                .andExpect(jsonPath("$.meetings[*].series", not(hasItem("SOM"))));
        get(BETWEEN + "&country={country}", "2024-08-21", "2024-08-22", "VNM")
                .andExpect(jsonPath("$.meetings[*].series", hasItems("SOM", "APT SOM", "EAS SOM")));
    }

    @Test
    void pagesThroughAListing() throws Exception {
        get(BETWEEN + "&page={page}&size={size}", "2024-01-01", "2024-12-31", 1, 2)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.meetings", hasSize(2)))
                .andExpect(jsonPath("$.total", greaterThan(4)));
    }

    @Test
    void refusesAListingThatEndsBeforeItStarts() throws Exception {
        get(BETWEEN, "2024-12-31", "2024-01-01").andExpect(ruleViolated("to", "filter.range.reversed"));
    }

    @Test
    void refusesAListingWithParametersOfTheWrongType() throws Exception {
        get(MEETINGS + "?level={level}", "PRESIDENTS").andExpect(unreadable("level"));
        get(MEETINGS + "?status={status}", "DONE").andExpect(unreadable("status"));
        get(BETWEEN, "yesterday", "2024-01-01").andExpect(unreadable("from"));
        get(MEETINGS + "?page={page}", "first").andExpect(unreadable("page"));
    }

    @Test
    void refusesAPageTooLargeOrAMalformedCountry() throws Exception {
        get(MEETINGS + "?size={size}", 10_000).andExpect(ruleViolated("size", "filter.size.range"));
        get(MEETINGS + "?country={country}", "U.S.").andExpect(ruleViolated("country", "input.code.malformed"));
    }

    // Details

    @Test
    void showsThe57thAmmWithWhatItPreparesItsDelegationsAndItsVersionAsETag() throws Exception {
        String amm = idOf("2024-07-25", "AMM");
        int version = read(get(MEETING, amm), "$.meeting.version");
        get(MEETING, amm)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag(version)))
                .andExpect(jsonPath("$.meeting.id").value(amm))
                .andExpect(jsonPath("$.meeting.venue").value("National Convention Centre"))
                .andExpect(jsonPath("$.chairFromChairYear").value(true))
                .andExpect(jsonPath("$.prepares[*].title.en", contains("44th and 45th ASEAN Summits")))
                .andExpect(jsonPath("$.delegations[?(@.party == 'VNM')].head.name", contains("Đỗ Hùng Việt")))
                .andExpect(jsonPath("$.delegations[?(@.party == 'VNM')].head.capacity", contains("ON_AUTHORITY")))
                .andExpect(jsonPath("$.delegations[?(@.party == 'VNM')].head.authorisedByName", contains("Bùi Thanh Sơn")));
    }

    @Test
    void showsTheSummitsWithTheirBundleAndTheMeetingsThatPreparedThem() throws Exception {
        get(MEETING, idOf("2024-10-08", "Summit"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meeting.ordinals", contains(44, 45)))
                .andExpect(jsonPath("$.preparedBy[*].series", hasItems("AMM", "SOM")))
                .andExpect(jsonPath("$.bundle.title.en").value("44th and 45th ASEAN Summits and Related Summits"))
                .andExpect(jsonPath("$.bundle.meetings[*].series", hasItems("Summit", "APT Summit", "EAS Summit")));
    }

    @Test
    void showsTheBilateralsOnTheSidelines() throws Exception {
        get(MEETING, idOf("2024-08-21", "EAS SOM"))
                .andExpect(jsonPath("$.bilaterals[*].counterpartParty", hasItems("JPN", "AUS", "USA")))
                .andExpect(jsonPath("$.bilaterals[*].personName", everyItem(org.hamcrest.Matchers.is("Đỗ Hùng Việt"))));
    }

    @Test
    void answersNotModifiedWhileTheETagStillMatches() throws Exception {
        String amm = idOf("2024-07-25", "AMM");
        String etag = read(get(MEETING, amm), "$.meeting.version").toString();
        mvc.perform(MockMvcRequestBuilders.get(MEETING, amm).header(HttpHeaders.IF_NONE_MATCH, etag(Integer.parseInt(etag))))
                .andExpect(status().isNotModified());
    }

    @Test
    void answersNotFoundForAnUnknownMeetingAndBadRequestForAMalformedId() throws Exception {
        get(MEETING, UUID.randomUUID()).andExpect(problem(HttpStatus.NOT_FOUND));
        get(MEETING, "57th-amm").andExpect(unreadable("id"));
    }

    // Scheduling

    @Test
    void schedulesAMeetingAndNamesItInLocation() throws Exception {
        var created = post(MEETINGS, json(fields("series", "ACC", "ordinals", List.of(901), "startDate", "2031-03-02",
                "format", "IN_PERSON", "city", fields("en", "Manila", "vi", "Ma-ni-la"), "country", "PH", "venue", "Hall 2031-03-02",
                "chair", "PHL")))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, etag(0)))
                .andExpect(jsonPath("$.title.en").value("901st ASEAN Coordinating Council Meeting"))
                .andExpect(jsonPath("$.framework").value("ASEAN"))
                .andExpect(jsonPath("$.endDate").value("2031-03-02"))
                .andExpect(jsonPath("$.timeZone").value("Asia/Manila"))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.version").value(0));
        String id = read(created, "$.id");
        assertThat(created.andReturn().getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/meetings/" + id);
        get(MEETING, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.meeting.venue").value("Hall 2031-03-02"))
                .andExpect(jsonPath("$.meeting.city.vi").value("Ma-ni-la"))
                .andExpect(jsonPath("$.chairFromChairYear").value(false));
    }

    @Test
    void takesTheChairOfTheYearWhenNoneIsNamed() throws Exception {
        put("/api/v1/chair-years/{year}", json(fields("chair", "VNM")), 2032).andExpect(status().isCreated());
        String id = schedule(som("2032-04-01"));
        get(MEETING, id).andExpect(jsonPath("$.meeting.chair").value("VNM")).andExpect(jsonPath("$.chairFromChairYear").value(true));
    }

    @Test
    void acceptsTimorLesteAsChairOnceAMember() throws Exception {
        Map<String, Object> meeting = som("2031-03-04");
        meeting.put("chair", "TLS");
        get(MEETING, schedule(meeting)).andExpect(jsonPath("$.meeting.chair").value("TLS"));
    }

    @Test
    void linksAMeetingToTheOneItPrepares() throws Exception {
        String amm = schedule(fields("series", "AMM", "ordinals", List.of(64), "startDate", "2031-06-10", "format", "IN_PERSON",
                "country", "PH", "venue", "Hall 2031-06-10"));
        Map<String, Object> som = som("2031-06-01");
        som.put("prepares", List.of(amm));
        String preparing = schedule(som);
        get(MEETING, amm).andExpect(jsonPath("$.preparedBy[*].id", contains(preparing)))
                .andExpect(jsonPath("$.meeting.title.en").value("64th ASEAN Foreign Ministers' Meeting"));
        get(MEETING, preparing).andExpect(jsonPath("$.prepares[*].id", contains(amm)));
    }

    @Test
    void refusesMeetingThatEndsBeforeItStarts() throws Exception {
        Map<String, Object> meeting = som("2031-03-10");
        meeting.put("endDate", "2031-03-09");
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("endDate", "meeting.dates.endBeforeStart"));
        assertNothingScheduledBetween("2031-03-09", "2031-03-10");
    }

    @Test
    void refusesAnOrdinalAlreadyUsedInTheSeries() throws Exception {
        post(MEETINGS, json(fields("series", "AMM", "ordinals", List.of(57), "startDate", "2031-03-11", "format", "IN_PERSON")))
                .andExpect(ruleViolated("ordinals", "meeting.ordinals.taken"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "The ordinal 57 is already used by 57th ASEAN Foreign Ministers' Meeting (2024-07-25)."));
        assertNothingScheduledBetween("2031-03-11", "2031-03-11");
    }

    @Test
    void refusesAChairThatIsNotAMember() throws Exception {
        Map<String, Object> meeting = som("2031-03-12");
        meeting.put("chair", "JPN");
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("chair", "meeting.chair.notMember"));
        assertNothingScheduledBetween("2031-03-12", "2031-03-12");
    }

    @Test
    void refusesTimorLesteAsChairBeforeItsAdmission() throws Exception {
        Map<String, Object> meeting = som("2025-10-25");
        meeting.put("chair", "TLS");
        meeting.put("venue", "Refused hall of Timor-Leste");
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("chair", "meeting.chair.notMember"));
        get(BETWEEN, "2025-10-25", "2025-10-25")
                .andExpect(jsonPath("$.meetings[*].venue", not(hasItem("Refused hall of Timor-Leste"))));
    }

    @Test
    void refusesAnUnknownSeries() throws Exception {
        Map<String, Object> meeting = som("2031-03-13");
        meeting.put("series", "Tea Party");
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("series", "meeting.series.unknown"));
        meeting.remove("series");
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("series", "meeting.series.required"));
        assertNothingScheduledBetween("2031-03-13", "2031-03-13");
    }

    @Test
    void refusesAnUnknownOrMissingFramework() throws Exception {
        Map<String, Object> meeting = som("2031-03-14");
        meeting.put("series", "ASEAN+1 Summit");
        meeting.put("framework", "ASEAN-MARS");
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("framework", "meeting.framework.unknown"));
        meeting.remove("framework");
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("framework", "meeting.framework.required"));
        assertNothingScheduledBetween("2031-03-14", "2031-03-14");
    }

    @Test
    void refusesAFrameworkTheSeriesDoesNotSitIn() throws Exception {
        Map<String, Object> meeting = som("2031-03-15");
        meeting.put("framework", "EAS");
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("framework", "meeting.framework.notOfSeries"));
        assertNothingScheduledBetween("2031-03-15", "2031-03-15");
    }

    @Test
    void refusesOrdinalsThatAreNotConsecutiveOrNotPositive() throws Exception {
        Map<String, Object> meeting = fields("series", "ACC", "ordinals", List.of(964, 966), "startDate", "2031-03-16", "format", "ONLINE");
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("ordinals", "meeting.ordinals.range"));
        meeting.put("ordinals", List.of(-1));
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("ordinals", "meeting.ordinals.positive"));
        meeting.put("ordinals", java.util.Arrays.asList(964, null));
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("ordinals", "meeting.ordinals.format"));
        assertNothingScheduledBetween("2031-03-16", "2031-03-16");
    }

    @Test
    void refusesAMalformedBody() throws Exception {
        post(MEETINGS, "{\"series\": \"SOM\", \"startDate\": \"2031-03-17\", \"format\": \"ONLINE\"")
                .andExpect(problem(HttpStatus.BAD_REQUEST))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The request body is not well-formed JSON")));
        post(MEETINGS, "[\"SOM\", \"2031-03-17\"]").andExpect(problem(HttpStatus.BAD_REQUEST));
        post(MEETINGS, "").andExpect(problem(HttpStatus.BAD_REQUEST));
        assertNothingScheduledBetween("2031-03-17", "2031-03-17");
    }

    @Test
    void refusesAStartDateThatIsNotADate() throws Exception {
        Map<String, Object> meeting = som("tomorrow");
        meeting.put("endDate", "2031-03-18");
        post(MEETINGS, json(meeting))
                .andExpect(unreadable("startDate"))
                .andExpect(jsonPath("$.detail").value("'startDate' must be a date written YYYY-MM-DD"));
        assertNothingScheduledBetween("2031-03-18", "2031-03-18");
    }

    @Test
    void refusesAnUnknownFormatOrStatus() throws Exception {
        Map<String, Object> meeting = som("2031-03-19");
        meeting.put("format", "TELEPATHY");
        post(MEETINGS, json(meeting)).andExpect(unreadable("format"))
                .andExpect(jsonPath("$.detail").value("'format' must be one of [IN_PERSON, ONLINE, HYBRID]"));
        meeting.put("format", "ONLINE");
        meeting.put("status", "ADJOURNED");
        post(MEETINGS, json(meeting)).andExpect(unreadable("status"));
        assertNothingScheduledBetween("2031-03-19", "2031-03-19");
    }

    @Test
    void refusesPreparationsOfMeetingsThatAreMalformedUnknownOrEarlier() throws Exception {
        Map<String, Object> meeting = som("2031-03-20");
        meeting.put("prepares", List.of("the 57th AMM"));
        post(MEETINGS, json(meeting)).andExpect(unreadable("prepares[0]"));
        meeting.put("prepares", List.of(UUID.randomUUID()));
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("prepares", "meeting.prepares.unknown"));
        meeting.put("prepares", List.of(idOf("2024-07-25", "AMM")));
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("prepares", "meeting.prepares.before"));
        assertNothingScheduledBetween("2031-03-20", "2031-03-20");
    }

    @Test
    void refusesAMeetingHeldInTheFuture() throws Exception {
        Map<String, Object> meeting = som("2031-03-22");
        meeting.put("status", "HELD");
        post(MEETINGS, json(meeting)).andExpect(ruleViolated("status", "meeting.status.heldInFuture"));
        assertNothingScheduledBetween("2031-03-22", "2031-03-22");
    }

    // Revising

    @Test
    void revisesAMeetingWithTheVersionInTheBody() throws Exception {
        String id = schedule(som("2031-05-01"));
        Map<String, Object> revised = som("2031-05-01");
        revised.put("venue", "Hall B");
        revised.put("version", 0);
        put(MEETING, json(revised), id)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag(1)))
                .andExpect(jsonPath("$.venue").value("Hall B"))
                .andExpect(jsonPath("$.version").value(1));
        get(MEETING, id).andExpect(jsonPath("$.meeting.venue").value("Hall B"));
    }

    @Test
    void revisesAMeetingWithTheVersionAsIfMatch() throws Exception {
        String id = schedule(som("2031-05-02"));
        Map<String, Object> revised = som("2031-05-02");
        revised.put("status", "CONFIRMED");
        putIfMatch(etag(0), MEETING, json(revised), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void refusesARevisionThatDoesNotSayWhichVersionItEdits() throws Exception {
        String id = schedule(som("2031-05-03"));
        Map<String, Object> revised = som("2031-05-03");
        revised.put("venue", "Unversioned hall");
        put(MEETING, json(revised), id)
                .andExpect(problem(HttpStatus.PRECONDITION_REQUIRED))
                .andExpect(jsonPath("$.type").value("https://mufakat.org/problems/version-required"));
        assertUnchanged(id, "Hall 2031-05-03", 0);
    }

    @Test
    void refusesARevisionBasedOnAStaleVersionListingWhatChanged() throws Exception {
        String id = schedule(som("2031-05-04"));
        Map<String, Object> first = som("2031-05-04");
        first.put("venue", "First editor's hall");
        first.put("version", 0);
        Map<String, Object> second = som("2031-05-04");
        second.put("venue", "Second editor's hall");
        second.put("version", 0);
        put(MEETING, json(first), id).andExpect(status().isOk());
        put(MEETING, json(second), id)
                .andExpect(problem(HttpStatus.CONFLICT))
                .andExpect(jsonPath("$.expectedVersion").value(0))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changes[*].field", contains("venue")))
                .andExpect(jsonPath("$.changes[0].whenLoaded").value("Hall 2031-05-04"))
                .andExpect(jsonPath("$.changes[0].now").value("First editor's hall"));
        assertUnchanged(id, "First editor's hall", 1);
    }

    @Test
    void refusesARevisionThatBreaksARule() throws Exception {
        String id = schedule(som("2031-05-05"));
        Map<String, Object> revised = som("2031-05-05");
        revised.put("endDate", "2031-05-04");
        revised.put("venue", "Moved hall");
        revised.put("version", 0);
        put(MEETING, json(revised), id).andExpect(ruleViolated("endDate", "meeting.dates.endBeforeStart"));
        revised.put("endDate", null);
        revised.put("chair", "JPN");
        put(MEETING, json(revised), id).andExpect(ruleViolated("chair", "meeting.chair.notMember"));
        put(MEETING, "{\"venue\": ", id).andExpect(problem(HttpStatus.BAD_REQUEST));
        assertUnchanged(id, "Hall 2031-05-05", 0);
    }

    @Test
    void refusesARevisionWhoseBodyAndIfMatchDisagree() throws Exception {
        String id = schedule(som("2031-05-06"));
        Map<String, Object> revised = som("2031-05-06");
        revised.put("venue", "Disputed hall");
        revised.put("version", 0);
        putIfMatch(etag(3), MEETING, json(revised), id).andExpect(problem(HttpStatus.BAD_REQUEST));
        putIfMatch("*", MEETING, json(revised), id).andExpect(problem(HttpStatus.BAD_REQUEST));
        assertUnchanged(id, "Hall 2031-05-06", 0);
    }

    @Test
    void answersNotFoundWhenRevisingAnUnknownMeeting() throws Exception {
        Map<String, Object> revised = som("2031-05-07");
        revised.put("version", 0);
        put(MEETING, json(revised), UUID.randomUUID()).andExpect(problem(HttpStatus.NOT_FOUND));
        put(MEETING, json(revised), "not-a-uuid").andExpect(unreadable("id"));
        assertNothingScheduledBetween("2031-05-07", "2031-05-07");
    }

    /** An ASEAN SOM in Manila on the day; its venue names the day. */
    private static Map<String, Object> som(String day) {
        return fields("series", "SOM", "startDate", day, "format", "IN_PERSON", "city", fields("en", "Manila", "vi", "Ma-ni-la"),
                "country", "PH", "venue", "Hall " + day);
    }

    private String schedule(Map<String, Object> meeting) throws Exception {
        return read(post(MEETINGS, json(meeting)).andExpect(status().isCreated()), "$.id");
    }

    private String idOf(String day, String series) throws Exception {
        List<String> ids = read(get(BETWEEN, day, day), "$.meetings[?(@.series == '" + series + "')].id");
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }

    private void assertNothingScheduledBetween(String from, String to) throws Exception {
        get(BETWEEN, from, to).andExpect(status().isOk()).andExpect(jsonPath("$.meetings", hasSize(0)));
    }

    private void assertUnchanged(String id, String venue, int version) throws Exception {
        get(MEETING, id).andExpect(jsonPath("$.meeting.venue").value(venue)).andExpect(jsonPath("$.meeting.version").value(version));
    }
}
