package org.mufakat.chair.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Chair years of the demo data (2015-2027) are read; this class records its own in 2033-2039. */
class ChairYearApiTests extends ApiTestSupport {

    private static final String YEAR = "/api/v1/chair-years/{year}";

    @Test
    void listsTheChairYearsOnRecordOldestFirst() throws Exception {
        get("/api/v1/chair-years")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.year == 2024)].chair", contains("LAO")))
                .andExpect(jsonPath("$[?(@.year == 2026)].chair", contains("PHL")))
                .andExpect(jsonPath("$[0].year").value(2015));
    }

    @Test
    void showsAChairYearWithItsThemePrioritiesAndInitiatives() throws Exception {
        int version = read(get(YEAR, 2024), "$.version");
        get(YEAR, 2024)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag(version)))
                .andExpect(jsonPath("$.chair").value("LAO"))
                .andExpect(jsonPath("$.theme.en").value("ASEAN: Enhancing Connectivity and Resilience"))
                .andExpect(jsonPath("$.priorities", hasSize(9)))
                .andExpect(jsonPath("$.priorities[0].cluster.en").value("Connectivity"))
                .andExpect(jsonPath("$.priorities[8].cluster.vi").value("Tự cường"))
                .andExpect(jsonPath("$.initiatives[*].title.en", hasItem("ASEAN Indo-Pacific Forum")));
    }

    @Test
    void answersNotFoundForAYearNotOnRecord() throws Exception {
        get(YEAR, 2199).andExpect(problem(HttpStatus.NOT_FOUND));
    }

    @Test
    void refusesAYearThatIsNotANumber() throws Exception {
        get(YEAR, "MMXXIV").andExpect(unreadable("year"));
    }

    @Test
    void opensAYearNotYetOnRecord() throws Exception {
        put(YEAR, json(fields("chair", "VNM", "theme", fields("en", "Together for 2033", "vi", "Cùng nhau vì 2033"),
                "priorities", List.of(fields("cluster", fields("en", "Connectivity"), "text", fields("en", "Digital transformation"))),
                "initiatives", List.of(fields("title", fields("en", "ASEAN Future Forum"))))), 2033)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/chair-years/2033"))
                .andExpect(header().string(HttpHeaders.ETAG, etag(0)))
                .andExpect(jsonPath("$.year").value(2033))
                .andExpect(jsonPath("$.chair").value("VNM"))
                .andExpect(jsonPath("$.version").value(0));
        get(YEAR, 2033)
                .andExpect(jsonPath("$.theme.vi").value("Cùng nhau vì 2033"))
                .andExpect(jsonPath("$.priorities[0].text.en").value("Digital transformation"))
                .andExpect(jsonPath("$.priorities[0].text.vi").doesNotExist())
                .andExpect(jsonPath("$.initiatives[0].title.en").value("ASEAN Future Forum"));
    }

    @Test
    void revisesAYearWithTheVersionEditedInTheBody() throws Exception {
        put(YEAR, json(fields("chair", "IDN", "theme", fields("en", "First theme"))), 2034).andExpect(status().isCreated());
        put(YEAR, json(fields("chair", "IDN", "theme", fields("en", "Second theme"), "version", 0)), 2034)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag(1)))
                .andExpect(jsonPath("$.theme.en").value("Second theme"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void revisesAYearWithTheVersionEditedAsIfMatch() throws Exception {
        put(YEAR, json(fields("chair", "LAO")), 2035).andExpect(status().isCreated());
        putIfMatch(etag(0), YEAR, json(fields("chair", "LAO", "theme", fields("en", "Revised"))), 2035)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.theme.en").value("Revised"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void refusesAChairThatIsNotAMember() throws Exception {
        put(YEAR, json(fields("chair", "JPN")), 2038).andExpect(ruleViolated("chair", "chairYear.chair.notMember"));
        get(YEAR, 2038).andExpect(status().isNotFound());
    }

    @Test
    void refusesTimorLesteForAYearBeforeItsAdmission() throws Exception {
        int version = read(get(YEAR, 2025), "$.version");
        put(YEAR, json(fields("chair", "TLS", "version", version)), 2025).andExpect(ruleViolated("chair", "chairYear.chair.notMember"));
        get(YEAR, 2025).andExpect(jsonPath("$.chair").value("MYS")).andExpect(jsonPath("$.version").value(version));
    }

    @Test
    void acceptsTimorLesteOnceAMember() throws Exception {
        put(YEAR, json(fields("chair", "TLS")), 2036).andExpect(status().isCreated()).andExpect(jsonPath("$.chair").value("TLS"));
    }

    @Test
    void refusesAnUnknownOrMalformedChair() throws Exception {
        put(YEAR, json(fields("chair", "XYZ")), 2038).andExpect(ruleViolated("chair", "chairYear.chair.unknown"));
        put(YEAR, json(fields("chair", "Viet Nam")), 2038).andExpect(ruleViolated("chair", "input.code.malformed"));
        put(YEAR, json(fields("theme", fields("en", "Nobody chairs"))), 2038).andExpect(ruleViolated("chair", "chairYear.chair.required"));
        get(YEAR, 2038).andExpect(status().isNotFound());
    }

    @Test
    void refusesAYearOutOfRange() throws Exception {
        put(YEAR, json(fields("chair", "VNM")), 1900).andExpect(ruleViolated("year", "chairYear.year.range"));
        get(YEAR, 1900).andExpect(status().isNotFound());
    }

    @Test
    void refusesAPriorityWithoutText() throws Exception {
        put(YEAR, json(fields("chair", "VNM", "priorities", List.of(fields("cluster", fields("en", "Resilience"))))), 2038)
                .andExpect(ruleViolated("priorities[0]", "chairYear.priority.empty"));
        get(YEAR, 2038).andExpect(status().isNotFound());
    }

    @Test
    void refusesToOpenAgainAYearOnRecord() throws Exception {
        put(YEAR, json(fields("chair", "VNM", "theme", fields("en", "Overwritten"))), 2024)
                .andExpect(ruleViolated("year", "chairYear.year.exists"));
        get(YEAR, 2024).andExpect(jsonPath("$.chair").value("LAO"))
                .andExpect(jsonPath("$.theme.en").value("ASEAN: Enhancing Connectivity and Resilience"));
    }

    @Test
    void refusesAnEditBasedOnAStaleVersionTellingWhatChanged() throws Exception {
        put(YEAR, json(fields("chair", "MYS", "theme", fields("en", "As loaded"))), 2037).andExpect(status().isCreated());
        put(YEAR, json(fields("chair", "MYS", "theme", fields("en", "First editor's"), "version", 0)), 2037).andExpect(status().isOk());
        put(YEAR, json(fields("chair", "MMR", "theme", fields("en", "Second editor's"), "version", 0)), 2037)
                .andExpect(problem(HttpStatus.CONFLICT))
                .andExpect(jsonPath("$.expectedVersion").value(0))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changes[*].field", contains("theme")))
                .andExpect(jsonPath("$.changes[0].whenLoaded").value("As loaded / null"))
                .andExpect(jsonPath("$.changes[0].now").value("First editor's / null"));
        get(YEAR, 2037).andExpect(jsonPath("$.chair").value("MYS")).andExpect(jsonPath("$.theme.en").value("First editor's"));
    }

    @Test
    void refusesAMalformedBody() throws Exception {
        put(YEAR, "{\"chair\": \"VNM\", ", 2038).andExpect(problem(HttpStatus.BAD_REQUEST));
        put(YEAR, json(fields("chair", "VNM", "priorities", "first, second")), 2038).andExpect(unreadable("priorities"));
        put(YEAR, json(fields("chair", "VNM", "version", "latest")), 2038).andExpect(unreadable("version"));
        get(YEAR, 2038).andExpect(status().isNotFound());
    }

    @Test
    void showsTheRotationWithTheDecisionsThatExplainDepartures() throws Exception {
        get("/api/v1/chair-years/rotation?from={from}&to={to}", 2015, 2027)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(13)))
                .andExpect(jsonPath("$[?(@.year == 2024)].recorded", contains("LAO")))
                .andExpect(jsonPath("$[?(@.year == 2024)].explainedDeparture", contains(false)))
                .andExpect(jsonPath("$[?(@.year == 2026)].expected", contains("PHL")))
                .andExpect(jsonPath("$[?(@.year == 2026)].plainOrder", contains("MMR")))
                .andExpect(jsonPath("$[?(@.year == 2026)].explainedDeparture", contains(true)))
                .andExpect(jsonPath("$[?(@.year == 2026)].decisions[0].kind", contains("TURN_GIVEN_UP")))
                .andExpect(jsonPath("$[?(@.year == 2016)].decisions[0].kind", contains("SWAP")))
                .andExpect(jsonPath("$[*].unexplainedDeparture", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(false))));
    }

    @Test
    void flagsAChairOnRecordThatNoDecisionExplains() throws Exception {
        put(YEAR, json(fields("chair", "VNM")), 2039).andExpect(status().isCreated());
        get("/api/v1/chair-years/rotation?from={from}&to={to}", 2039, 2039)
                .andExpect(jsonPath("$[0].year").value(2039))
                .andExpect(jsonPath("$[0].recorded").value("VNM"))
                .andExpect(jsonPath("$[0].expected").value("THA"))
                .andExpect(jsonPath("$[0].plainOrder").value("THA"))
                .andExpect(jsonPath("$[0].decisions", hasSize(0)))
                .andExpect(jsonPath("$[0].explainedDeparture").value(false))
                .andExpect(jsonPath("$[0].unexplainedDeparture").value(true));
    }

    @Test
    void refusesARotationRangeThatEndsBeforeItStarts() throws Exception {
        get("/api/v1/chair-years/rotation?from={from}&to={to}", 2030, 2020).andExpect(ruleViolated("to", "rotation.range.reversed"));
        get("/api/v1/chair-years/rotation?from={from}", "last year").andExpect(unreadable("from"));
    }

    @Test
    void refusesARotationRangeTooLongToCompute() throws Exception {
        get("/api/v1/chair-years/rotation?from={from}&to={to}", 2000, 2300).andExpect(ruleViolated("to", "rotation.range.tooLong"));
        get("/api/v1/chair-years/rotation?from={from}&to={to}", -2_000_000_000, 2_000_000_000)
                .andExpect(ruleViolated("to", "rotation.range.tooLong"));
    }
}
