package org.mufakat.meetings.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.http.HttpStatus;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SeriesApiTests extends ApiTestSupport {

    private static final String NEXT = "/api/v1/series/{code}/next-ordinals?framework={framework}&year={year}";

    @Test
    void listsEverySeriesWithItsLevelAndNumbering() throws Exception {
        get("/api/v1/series")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("AMM", "APT SOM", "ASEAN+1 Summit", "Summit")))
                .andExpect(jsonPath("$[?(@.code == 'AMM')].baseYear", contains(1967)))
                .andExpect(jsonPath("$[?(@.code == 'AMM')].level", contains("MINISTERS")))
                .andExpect(jsonPath("$[?(@.code == 'APT SOM')].numbered", contains(false)))
                .andExpect(jsonPath("$[?(@.code == 'ASEAN+1 Summit')].framework", contains("ASEAN+1")))
                .andExpect(jsonPath("$[?(@.code == 'Summit')].pluralName.en", contains("ASEAN Summits")));
    }

    @Test
    void suggestsTheOrdinalsTheYearlyRuleGives() throws Exception {
        get(NEXT, "AMM", "ASEAN", 2035).andExpect(status().isOk())
                .andExpect(jsonPath("$.series").value("AMM"))
                .andExpect(jsonPath("$.year").value(2035))
                .andExpect(jsonPath("$.ordinals", contains(68)));
        get(NEXT, "Summit", "ASEAN", 2035).andExpect(jsonPath("$.ordinals", contains(66, 67)));
    }

    @Test
    void suggestsTheNextOrdinalWhenTheRuleGivesOneAlreadyUsed() throws Exception {
        get(NEXT, "AMM", "ASEAN", 2024).andExpect(status().isOk()).andExpect(jsonPath("$.ordinals[0]", greaterThan(57)));
    }

    @Test
    void takesTheSeriesOwnFrameworkWhenNoneIsGiven() throws Exception {
        get("/api/v1/series/{code}/next-ordinals?year={year}", "AMM", 2035)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.framework").doesNotExist())
                .andExpect(jsonPath("$.ordinals", contains(68)));
    }

    @Test
    void readsSeriesCodesWithSpacesAndPlusEncodedInThePath() throws Exception {
        // The URI template encodes the variable strictly: "ASEAN%2B1%20Summit".
        get(NEXT, "ASEAN+1 Summit", "ASEAN-JPN", 2031).andExpect(status().isOk())
                .andExpect(jsonPath("$.series").value("ASEAN+1 Summit"))
                .andExpect(jsonPath("$.framework").value("ASEAN-JPN"))
                .andExpect(jsonPath("$.ordinals", hasSize(1)));
        getRaw("/api/v1/series/ASEAN%2B1%20Summit/next-ordinals?framework=ASEAN-JPN&year=2031")
                .andExpect(status().isOk()).andExpect(jsonPath("$.series").value("ASEAN+1 Summit"));
        getRaw("/api/v1/series/ASEAN+1%20Summit/next-ordinals?framework=ASEAN-JPN&year=2031")
                .andExpect(status().isOk()).andExpect(jsonPath("$.series").value("ASEAN+1 Summit"));
        getRaw("/api/v1/series/APT%20SOM/next-ordinals?year=2031")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series").value("APT SOM"))
                .andExpect(jsonPath("$.ordinals", empty()));
    }

    @Test
    void answersNotFoundForAnUnknownSeries() throws Exception {
        get(NEXT, "Tea Party", "ASEAN", 2031).andExpect(problem(HttpStatus.NOT_FOUND));
    }

    @Test
    void refusesAnUnknownFramework() throws Exception {
        get(NEXT, "AMM", "ASEAN-MARS", 2031).andExpect(ruleViolated("framework", "meeting.framework.unknown"));
        get(NEXT, "AMM", "not a code", 2031).andExpect(ruleViolated("framework", "input.code.malformed"));
    }

    @Test
    void refusesAFrameworkTheSeriesDoesNotSitIn() throws Exception {
        get(NEXT, "AMM", "EAS", 2031).andExpect(ruleViolated("framework", "meeting.framework.notOfSeries"));
    }

    @Test
    void refusesAYearThatIsNotANumber() throws Exception {
        get(NEXT, "AMM", "ASEAN", "next").andExpect(unreadable("year"));
    }
}
