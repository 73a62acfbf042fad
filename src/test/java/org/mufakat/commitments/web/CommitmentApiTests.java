package org.mufakat.commitments.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The commitments API: plans, reports, initiatives, issues, interventions; its own plans run 2041-2043. */
class CommitmentApiTests extends ApiTestSupport {

    @Test
    void recordsAPlanAndFilesReportsWhoseProgressItReports() throws Exception {
        String id = newPlan();

        post("/api/v1/plans/{id}/reports", json(report(2041, "VNM", "COMPLETED", "1.1")), id).andExpect(status().isCreated());
        post("/api/v1/plans/{id}/reports", json(report(2041, "JPN", "ONGOING", "1.1", "2.1")), id).andExpect(status().isCreated());

        get("/api/v1/plans/{id}/progress", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.years.length()").value(3))
                .andExpect(jsonPath("$.areas[0].years[0].reports").value(2))
                .andExpect(jsonPath("$.areas[0].years[0].completed").value(1))
                .andExpect(jsonPath("$.areas[0].years[0].percentCompleted").value(50))
                .andExpect(jsonPath("$.areas[1].years[0].reports").value(1))
                .andExpect(jsonPath("$.areas[1].years[0].percentCompleted").value(0))
                .andExpect(jsonPath("$.total.reports").value(2));
        get("/api/v1/plans/{id}/areas/1", id).andExpect(jsonPath("$.actionLines[0].line.code").value("1.1"))
                .andExpect(jsonPath("$.actionLines[0].reports.length()").value(2));
    }

    @Test
    void refusesAPlanWithAnActionLineOutsideItsAreas() throws Exception {
        var body = plan("Stray " + UUID.randomUUID(), List.of(Map.of("code", "1.1", "textEn", "ok"), Map.of("code", "7.1", "textEn", "stray")));

        post("/api/v1/plans", json(body)).andExpect(ruleViolated("actionLines", "plan.actionLine.outsideAreas"));
        get("/api/v1/plans").andExpect(jsonPath("$[?(@.title.en == '" + body.get("titleEn") + "')]").isEmpty());
    }

    @Test
    void refusesAReportForAYearOutsideThePeriodAsAProblem() throws Exception {
        String id = newPlan();

        post("/api/v1/plans/{id}/reports", json(report(2044, "VNM", "COMPLETED", "1.1")), id)
                .andExpect(ruleViolated("year", "plan.year.outsidePeriod"));
        post("/api/v1/plans/{id}/reports", json(report(2041, "VNM", "FINISHED", "1.1")), id)
                .andExpect(ruleViolated("status", "commitments.value.unknown"));
        get("/api/v1/plans/{id}/reports", id).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aRevisionOfAStaleVersionIsAConflictAndWithoutAVersionIsRequired() throws Exception {
        String id = newPlan();
        var revision = plan("Revised " + UUID.randomUUID(), lines());
        revision.put("version", 0);
        put("/api/v1/plans/{id}", json(revision), id).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        put("/api/v1/plans/{id}", json(revision), id).andExpect(problem(HttpStatus.CONFLICT));
        revision.remove("version");
        put("/api/v1/plans/{id}", json(revision), id).andExpect(problem(HttpStatus.PRECONDITION_REQUIRED));
    }

    @Test
    void anInitiativesStatusNeverGoesBack() throws Exception {
        var created = post("/api/v1/initiatives", json(fields("titleEn", "API initiative " + UUID.randomUUID(), "proposer", "VNM", "year", 2041,
                "raised", fields("on", "2041-02-01", "status", "WELCOMED", "eventEn", "A forum")))).andExpect(status().isCreated());
        String id = read(created, "$.id");

        post("/api/v1/initiatives/{id}/occasions", json(fields("on", "2041-05-01", "status", "PROPOSED", "eventEn", "Later", "version", 0)), id)
                .andExpect(ruleViolated("status", "initiative.status.backwards"));
        post("/api/v1/initiatives/{id}/occasions", json(fields("on", "2041-05-01", "status", "HELD", "eventEn", "Held", "version", 0)), id)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HELD"));
    }

    @Test
    void listsTheStandingIssuesAndAnIssuesTimeline() throws Exception {
        get("/api/v1/issues").andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.hasItems("east-sea", "myanmar", "korean-peninsula")));
        get("/api/v1/issues/{code}", "myanmar").andExpect(status().isOk())
                .andExpect(jsonPath("$.issue.terms").value(org.hamcrest.Matchers.hasItem("Five-Point Consensus")))
                .andExpect(jsonPath("$.entries[?(@.kind == 'INTERVENTION')].party").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("VNM"))))
                .andExpect(jsonPath("$.entries[?(@.kind == 'INTERVENTION')].on").value(org.hamcrest.Matchers.hasItem("2024-01-29")));
        get("/api/v1/issues/{code}", "no-such-issue").andExpect(problem(HttpStatus.NOT_FOUND));
        post("/api/v1/issues", json(fields("code", "East Sea!", "titleEn", "Bad code"))).andExpect(ruleViolated("code", "standingIssue.code.format"));
    }

    @Test
    void recordsAStatementWithTaggedPointsAndListsItByCountry() throws Exception {
        String meeting = read(post("/api/v1/meetings", json(fields("series", "SOM", "startDate", "2041-03-03", "format", "ONLINE"))), "$.id");
        String issue = read(get("/api/v1/issues/{code}", "korean-peninsula"), "$.issue.id");

        post("/api/v1/interventions", json(fields("meeting", meeting, "party", "THA", "points", List.of(
                fields("textEn", "On the peninsula", "issues", List.of(issue)))))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.points[0].issues[0]").value("korean-peninsula"));
        post("/api/v1/interventions", json(fields("meeting", meeting, "party", "THA", "points", List.of(
                fields("textEn", "On nothing known", "issues", List.of(UUID.randomUUID().toString()))))))
                .andExpect(ruleViolated("points", "intervention.tag.issueUnknown"));

        get("/api/v1/interventions?meeting={m}", meeting).andExpect(jsonPath("$.length()").value(1));
        String list = body(get("/api/v1/interventions?country=THA"));
        assertThat(list).contains("On the peninsula").doesNotContain("On nothing known");
        get("/api/v1/interventions").andExpect(ruleViolated("meeting", "intervention.filter.one"));
    }

    @Test
    void theOpenApiDocumentDescribesTheCommitmentsApi() throws Exception {
        get("/api/v1/openapi").andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/plans'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}/progress'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}/reports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/initiatives/{id}/occasions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/issues/{code}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/interventions'].post").exists())
                .andExpect(jsonPath("$.tags[*].name", org.hamcrest.Matchers.hasItems("Plans of action", "Initiatives", "Standing issues",
                        "Interventions")));
    }

    private String newPlan() throws Exception {
        return read(post("/api/v1/plans", json(plan("API plan " + UUID.randomUUID(), lines()))).andExpect(status().isCreated()), "$.id");
    }

    private static List<Map<String, Object>> lines() {
        return List.of(Map.of("code", "1.1", "textEn", "Line 1.1"), Map.of("code", "2.1", "textEn", "Line 2.1"));
    }

    private static Map<String, Object> plan(String title, List<Map<String, Object>> lines) {
        return fields("titleEn", title, "framework", "EAS", "fromYear", 2041, "toYear", 2043, "adoptedBySymbol", "Test Declaration",
                "areas", List.of(Map.of("number", 1, "titleEn", "One"), Map.of("number", 2, "titleEn", "Two")), "actionLines", lines);
    }

    private static Map<String, Object> report(int year, String party, String status, String... lines) {
        return fields("year", year, "party", party, "activityEn", "Activity", "actionLines", List.of(lines), "status", status);
    }
}
