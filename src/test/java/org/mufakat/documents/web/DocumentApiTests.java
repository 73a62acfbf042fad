package org.mufakat.documents.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.documents.DocumentDecisions;
import org.mufakat.documents.DocumentDrafting;
import org.mufakat.documents.DocumentFixtures;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.Organisation;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DocumentApiTests extends ApiTestSupport {

    static final LocalDate DAY = LocalDate.of(2047, 5, 20);

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DocumentDrafting drafting;
    @Autowired
    DocumentDecisions decisions;
    @Autowired
    Organisation organisation;
    @Autowired
    CurrentActor actor;

    MeetingId som;
    MeetingId retreat;

    @BeforeEach
    void meetings() {
        DocumentFixtures fixtures = new DocumentFixtures(calendar, drafting, decisions, organisation, actor);
        som = fixtures.meeting("SOM", DAY);
        retreat = fixtures.meeting("AMM Retreat", DAY.plusDays(20));
    }

    private String register() throws Exception {
        var created = post("/api/v1/documents", json(fields("kind", "DECLARATION", "framework", "ASEAN",
                "title", fields("en", "Declaration on Connectivity", "vi", "Tuyên bố về Kết nối"), "classification", "RESTRICTED",
                "path", List.of(som.toString(), retreat.toString()), "text", DocumentFixtures.TEXT)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/documents/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.symbol").value(matchesPattern("ASEAN/2047/DECL/\\d+")))
                .andExpect(jsonPath("$.currentVersion").value(1));
        return read(created, "$.id");
    }

    @Test
    void registersDraftsAndComparesThroughTheApi() throws Exception {
        String id = register();

        get("/api/v1/documents/{id}/versions/1", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.blocks[?(@.label == 'OP2')].text").value(hasItem("Task the Ministers to report.")))
                .andExpect(jsonPath("$.markup").value(DocumentFixtures.TEXT));
        post("/api/v1/documents/{id}/versions", json(fields("baseVersion", 1, "text", DocumentFixtures.TEXT.replace("report", "report annually"),
                "note", "SOM")), id).andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(2));
        get("/api/v1/documents/{id}/compare?from=1&to=2", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[?(@.change == 'CHANGED')].after.label").value(hasItem("OP2")));
        get("/api/v1/documents/{id}/versions", id).andExpect(jsonPath("$.length()").value(2));
        get("/api/v1/documents?year=2047&framework=ASEAN").andExpect(jsonPath("$[*].id").value(hasItem(id)));
    }

    @Test
    void aStaleSaveIsAConflictProblemListingTheChangedParagraphs() throws Exception {
        String id = register();
        post("/api/v1/documents/{id}/versions", json(fields("baseVersion", 1, "text", DocumentFixtures.TEXT + "\n\nFourth.")), id).andExpect(status().isCreated());

        post("/api/v1/documents/{id}/versions", json(fields("baseVersion", 1, "text", DocumentFixtures.TEXT + "\n\nMine.")), id)
                .andExpect(problem(HttpStatus.CONFLICT))
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.changes[0].field").value("OP4"))
                .andExpect(jsonPath("$.changes[0].now").value("Fourth."));
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        post("/api/v1/documents", json(fields("kind", "DECLARATION", "framework", "ASEAN", "classification", "PUBLIC")))
                .andExpect(problem(HttpStatus.UNPROCESSABLE_CONTENT))
                .andExpect(jsonPath("$.errors[0].field").value("titleEn"));
        post("/api/v1/documents", json(fields("kind", "MEMO", "framework", "ASEAN")))
                .andExpect(problem(HttpStatus.BAD_REQUEST));
        String id = register();
        post("/api/v1/documents/{id}/versions", json(fields("baseVersion", 1, "text", "A\n\n---\n\nB\n\n---")), id)
                .andExpect(problem(HttpStatus.UNPROCESSABLE_CONTENT))
                .andExpect(jsonPath("$.errors[0].code").value("document.text.separator"));
        post("/api/v1/documents/{id}/decisions", json(fields("meeting", som.toString(), "decision", "ADOPTED", "version", 7)), id)
                .andExpect(problem(HttpStatus.UNPROCESSABLE_CONTENT))
                .andExpect(jsonPath("$.detail").value(containsString("Version 7 is not the one under consideration")));
        get("/api/v1/documents/{id}", java.util.UUID.randomUUID()).andExpect(problem(HttpStatus.NOT_FOUND));
    }

    @Test
    void theJourneyMarksTheStageUnderWay() throws Exception {
        String id = register();

        var journey = get("/api/v1/documents/{id}/journey", id).andExpect(status().isOk());
        assertThat(read(journey, "$[0].current").equals(Boolean.TRUE)).isTrue();
        assertThat(read(journey, "$[1].current").equals(Boolean.FALSE)).isTrue();
    }
}
