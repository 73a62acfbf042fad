package org.mufakat.meetings.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads the bilaterals of the 2024 EAS SOM; records its own at EAS SOMs of its own, 3-4 June of a year from 2031. */
class BilateralApiTests extends ApiTestSupport {

    private static final String BILATERALS = "/api/v1/meetings/{id}/bilaterals";

    private static int year = 2031;

    private String meeting;
    private String doHungViet;

    @BeforeEach
    void scheduleAMeetingOfTheTestsOwn() throws Exception {
        int own = year++;
        meeting = read(post("/api/v1/meetings", json(fields("series", "EAS SOM", "startDate", own + "-06-03", "endDate", own + "-06-04",
                "format", "IN_PERSON", "country", "VN"))).andExpect(status().isCreated()), "$.id");
        List<String> found = read(get("/api/v1/people?q={q}", "đỗ hùng việt"), "$[?(@.name == 'Đỗ Hùng Việt')].id");
        doHungViet = found.getFirst();
    }

    @Test
    void listsTheBilateralsOnTheSidelinesOfThe2024EasSom() throws Exception {
        List<String> ids = read(get("/api/v1/meetings?from={d}&to={d}&framework=EAS", "2024-08-21", "2024-08-21"), "$.meetings[*].id");
        assertThat(ids).hasSize(1);
        get(BILATERALS, ids.getFirst())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].counterpartParty", containsInAnyOrder("JPN", "AUS", "USA")))
                .andExpect(jsonPath("$[0].party").value("VNM"))
                .andExpect(jsonPath("$[0].personName").value("Đỗ Hùng Việt"))
                .andExpect(jsonPath("$[0].subject.en").value("Bilateral cooperation and coordination in multilateral forums"));
    }

    @Test
    void recordsABilateralOnTheSidelines() throws Exception {
        String id = read(post(BILATERALS, json(fields("heldOn", (year - 1) + "-06-04", "party", "VNM", "person", doHungViet,
                "counterpartParty", "KOR", "subject", fields("en", "Trade", "vi", "Thương mại"))), meeting)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.meeting").value(meeting))
                .andExpect(jsonPath("$.personName").value("Đỗ Hùng Việt"))
                .andExpect(jsonPath("$.counterpartParty").value("KOR"))
                .andExpect(jsonPath("$.counterpartPerson").doesNotExist())
                .andExpect(jsonPath("$.subject.vi").value("Thương mại")), "$.id");
        get(BILATERALS, meeting).andExpect(jsonPath("$[*].id", contains(id)));
    }

    @Test
    void recordsABilateralWhoseDayIsNotKnown() throws Exception {
        post(BILATERALS, json(fields("party", "VNM", "counterpartParty", "NZL")), meeting)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.heldOn").doesNotExist());
    }

    @Test
    void refusesABilateralOutsideTheMeetingsDates() throws Exception {
        post(BILATERALS, json(fields("heldOn", (year - 1) + "-06-05", "party", "VNM", "counterpartParty", "KOR")), meeting)
                .andExpect(ruleViolated("heldOn", "bilateral.date.outside"));
        assertNoBilaterals();
    }

    @Test
    void refusesABilateralOfAPartyWithItself() throws Exception {
        post(BILATERALS, json(fields("party", "VNM", "counterpartParty", "VNM")), meeting)
                .andExpect(ruleViolated("counterpartParty", "bilateral.counterpart.same"));
        assertNoBilaterals();
    }

    @Test
    void refusesUnknownOrMissingPartiesAndPeople() throws Exception {
        post(BILATERALS, json(fields("party", "VNM", "counterpartParty", "XYZ")), meeting)
                .andExpect(ruleViolated("counterpartParty", "bilateral.party.unknown"));
        post(BILATERALS, json(fields("counterpartParty", "KOR")), meeting).andExpect(ruleViolated("party", "bilateral.party.required"));
        post(BILATERALS, json(fields("party", "VNM", "person", UUID.randomUUID(), "counterpartParty", "KOR")), meeting)
                .andExpect(ruleViolated("person", "delegation.person.unknown"));
        assertNoBilaterals();
    }

    @Test
    void refusesAMalformedBody() throws Exception {
        post(BILATERALS, json(fields("heldOn", "on the sidelines", "party", "VNM", "counterpartParty", "KOR")), meeting)
                .andExpect(unreadable("heldOn"));
        post(BILATERALS, "{\"party\": ", meeting).andExpect(problem(HttpStatus.BAD_REQUEST));
        assertNoBilaterals();
    }

    @Test
    void answersNotFoundForAnUnknownMeeting() throws Exception {
        get(BILATERALS, UUID.randomUUID()).andExpect(problem(HttpStatus.NOT_FOUND));
        post(BILATERALS, json(fields("party", "VNM", "counterpartParty", "KOR")), UUID.randomUUID())
                .andExpect(problem(HttpStatus.NOT_FOUND));
        get(BILATERALS, "eas-som").andExpect(unreadable("id"));
    }

    private void assertNoBilaterals() throws Exception {
        get(BILATERALS, meeting).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }
}
