package org.mufakat.commitments.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Correcting initiatives and statements through the API: {@code PUT /api/v1/initiatives/{id}} and {@code /interventions/{id}}. */
class RevisionApiTests extends ApiTestSupport {

    private static final java.util.concurrent.atomic.AtomicInteger DAY = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void correctsAnInitiativeOnItsVersionAndRefusesAStaleOne() throws Exception {
        String id = newInitiative();
        var revision = fields("titleEn", "Corrected " + UUID.randomUUID(), "titleVi", "Đã sửa", "descriptionEn", "What it is",
                "proposer", "LAO", "year", 2032, "version", 0);

        put("/api/v1/initiatives/{id}", json(revision), id).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title.vi").value("Đã sửa")).andExpect(jsonPath("$.proposer").value("LAO"))
                .andExpect(jsonPath("$.occasions.length()").value(1));
        put("/api/v1/initiatives/{id}", json(revision), id).andExpect(problem(HttpStatus.CONFLICT));
        revision.remove("version");
        put("/api/v1/initiatives/{id}", json(revision), id).andExpect(problem(HttpStatus.PRECONDITION_REQUIRED));
        putIfMatch(etag(1), "/api/v1/initiatives/{id}", json(revision), id).andExpect(status().isOk());
    }

    @Test
    void refusesAnInitiativeCorrectionThatBreaksARuleSavingNothing() throws Exception {
        String id = newInitiative();

        put("/api/v1/initiatives/{id}", json(fields("titleEn", "Later", "proposer", "VNM", "year", 2033, "version", 0)), id)
                .andExpect(ruleViolated("year", "initiative.year.afterOccasion"));
        put("/api/v1/initiatives/{id}", json(fields("proposer", "VNM", "year", 2032, "version", 0)), id)
                .andExpect(ruleViolated("title", "initiative.title.required"));
        get("/api/v1/initiatives/{id}", id).andExpect(jsonPath("$.year").value(2032)).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void correctsAStatementsPointsAndLeavesTheSpeakerUnnamed() throws Exception {
        String meeting = read(post("/api/v1/meetings", json(fields("series", "SOM", "startDate",
                java.time.LocalDate.of(2049, 1, 1).plusDays(DAY.incrementAndGet()).toString(), "format", "ONLINE"))).andExpect(status().isCreated()), "$.id");
        String id = read(post("/api/v1/interventions", json(fields("meeting", meeting, "party", "VNM",
                "points", List.of(Map.of("textEn", "Original point"))))).andExpect(status().isCreated()), "$.id");

        put("/api/v1/interventions/{id}", json(fields("points", List.of(Map.of("textEn", "Corrected point", "textVi", "Ý đã sửa"),
                Map.of("textEn", "Added point")), "version", 0)), id)
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.points.length()").value(2)).andExpect(jsonPath("$.points[0].text.vi").value("Ý đã sửa"))
                .andExpect(jsonPath("$.person").value(org.hamcrest.Matchers.nullValue()));
        put("/api/v1/interventions/{id}", json(fields("points", List.of(), "version", 1)), id)
                .andExpect(ruleViolated("points", "intervention.points.required"));
        put("/api/v1/interventions/{id}", json(fields("points", List.of(Map.of("textEn", "Stale")), "version", 0)), id)
                .andExpect(problem(HttpStatus.CONFLICT));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/interventions/{id}", id)
                        .with(SecurityMockMvcRequestPostProcessors.user("tha").authorities(AuthorityUtils.createAuthorityList("DELEGATION_OFFICER:THA")))
                        .with(csrf()).contentType("application/json").content(json(fields("points", List.of(Map.of("textEn", "Thai")), "version", 1))))
                .andExpect(status().isForbidden());
        get("/api/v1/interventions/{id}", id).andExpect(jsonPath("$.points[0].text.en").value("Corrected point"))
                .andExpect(header().string("ETag", "\"1\""));
    }

    private String newInitiative() throws Exception {
        return read(post("/api/v1/initiatives", json(fields("titleEn", "API revision " + UUID.randomUUID(), "proposer", "VNM", "year", 2032,
                "raised", Map.of("on", "2032-05-01", "status", "PROPOSED", "eventEn", "A summit")))).andExpect(status().isCreated()), "$.id");
    }
}
