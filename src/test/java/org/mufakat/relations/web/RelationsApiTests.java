package org.mufakat.relations.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The relations JSON API: relations, coordinators, decisions and roadmaps, with problem details when refused. */
class RelationsApiTests extends ApiTestSupport {

    @Test
    void listsThePartnersWithTheirLevelsAndAnniversaries() throws Exception {
        get("/api/v1/relations").andExpect(status().isOk())
                .andExpect(jsonPath("$.partners[*].partner", hasItem("KOR")))
                .andExpect(jsonPath("$.partners[?(@.partner == 'KOR')].startedOn", hasItem("1989-11-01")))
                .andExpect(jsonPath("$.partners[?(@.partner == 'KOR')].currentLevel").isNotEmpty());
        get("/api/v1/relations/{p}", "JPN").andExpect(status().isOk()).andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.levels[0].level").value("DIALOGUE_RELATIONS"))
                .andExpect(jsonPath("$.levels[0].since").value("1973-11-01"));
    }

    @Test
    void answersNotFoundForAPartyThatIsNoPartner() throws Exception {
        get("/api/v1/relations/{p}", "VNM").andExpect(problem(HttpStatus.NOT_FOUND));
    }

    @Test
    void refusesALevelBeforeALowerOneWithAProblemNamingTheField() throws Exception {
        post("/api/v1/relations/{p}/levels", json(fields("level", "STRATEGIC_PARTNERSHIP", "since", "1980-01-01")), "KOR")
                .andExpect(ruleViolated("since", "relations.level.beforeLower"));
    }

    @Test
    void answersTheCoordinatorAtADateAndTheWholeTable() throws Exception {
        get("/api/v1/coordinators/{p}?date=2024-03-01", "KOR").andExpect(status().isOk())
                .andExpect(jsonPath("$.coordinator").value("VNM"))
                .andExpect(jsonPath("$.from").value("2021-08-01"))
                .andExpect(jsonPath("$.to").value("2024-07-31"))
                .andExpect(jsonPath("$.basis").value("RULE"));
        get("/api/v1/coordinators/{p}?date=2010-01-01", "KOR").andExpect(status().isNotFound());
        var table = get("/api/v1/coordinators").andExpect(status().isOk())
                .andExpect(jsonPath("$.terms[0].label").value("2018–21"));
        List<Map<String, Object>> korea = read(table, "$.rows[?(@.partner == 'KOR')].cells[2][0]");
        assertThat(korea).singleElement().satisfies(cell -> assertThat(cell.get("coordinator")).isEqualTo("THA"));
    }

    @Test
    void refusesADecisionForACoordinatorWhoIsNotAMember() throws Exception {
        post("/api/v1/coordinators/decisions", json(fields("partner", "EU", "coordinator", "TLS", "from", "2024-09-01", "to", "2025-06-30")))
                .andExpect(ruleViolated("coordinator", "relations.coordinator.notMember"));
        get("/api/v1/coordinators/{p}?date=2025-01-01", "EU").andExpect(jsonPath("$.coordinator").value("MMR"));
    }

    @Test
    void recordsADecisionAndRefusesAnOverlappingOne() throws Exception {
        post("/api/v1/coordinators/decisions", json(fields("partner", "AUS", "coordinator", "VNM", "from", "2050-01-01", "to", "2050-12-31",
                "note", fields("en", "Test decision", "vi", null))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.basis").value("DECISION"));
        post("/api/v1/coordinators/decisions", json(fields("partner", "AUS", "coordinator", "THA", "from", "2050-06-01", "to", "2051-01-31")))
                .andExpect(ruleViolated("from", "relations.departure.overlaps"));
        get("/api/v1/coordinators/{p}?date=2050-07-01", "AUS").andExpect(jsonPath("$.coordinator").value("VNM"));
    }

    @Test
    void readsTimorLestesRoadmapAndRefusesAnAdmissionBeforeItBegan() throws Exception {
        String id = read(get("/api/v1/roadmaps").andExpect(status().isOk()), "$[?(@.candidate == 'TLS')].id").toString()
                .replaceAll("[\\[\\]\"]", "");
        get("/api/v1/roadmaps/{id}", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.beganOn").value("2023-05-11"))
                .andExpect(jsonPath("$.admittedOn").value("2025-10-26"))
                .andExpect(jsonPath("$.reviews[0].meeting").isNotEmpty());
        post("/api/v1/roadmaps/{id}/admission", json(fields("admittedOn", "2022-01-01")), id)
                .andExpect(ruleViolated("admittedOn", "relations.admission.beforeRoadmap"));
        put("/api/v1/roadmaps/{id}", json(fields("candidate", "TLS", "title", fields("en", "x"), "beganOn", "2023-05-11")), id)
                .andExpect(problem(HttpStatus.PRECONDITION_REQUIRED));
        get("/api/v1/roadmaps/{id}", id).andExpect(jsonPath("$.admittedOn").value("2025-10-26"));
    }
}
