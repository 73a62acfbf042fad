package org.mufakat.documents.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.documents.Classification;
import org.mufakat.documents.Decision;
import org.mufakat.documents.DocumentDecisions;
import org.mufakat.documents.DocumentDrafting;
import org.mufakat.documents.DocumentFixtures;
import org.mufakat.documents.DocumentView;
import org.mufakat.documents.RecordDecision;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.Organisation;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code PUT /api/v1/documents/{id}}: the record revised over the version sent (body or If-Match), refusals as RFC 9457 problems. */
class DocumentRecordApiTests extends ApiTestSupport {

    static final LocalDate DAY = LocalDate.of(2048, 5, 12);

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

    DocumentFixtures fixtures;
    MeetingId som;
    MeetingId summit;
    DocumentView document;

    @BeforeEach
    void document() {
        fixtures = new DocumentFixtures(calendar, drafting, decisions, organisation, actor);
        som = fixtures.meeting("SOM", DAY);
        summit = fixtures.meeting("AMM Retreat", DAY.plusDays(60));
        document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));
    }

    private String record(Object version, String titleEn, String lead, List<MeetingId> path) {
        return json(fields("version", version, "title", fields("en", titleEn, "vi", "Tuyên bố sửa"), "lead", lead,
                "classification", "RESTRICTED", "path", path.stream().map(MeetingId::toString).toList()));
    }

    @Test
    void revisesTheRecordAndAnswersWithTheNewVersionAsETag() throws Exception {
        get("/api/v1/documents/{id}", document.id()).andExpect(header().string("ETag", etag(document.version())))
                .andExpect(jsonPath("$.version").value(document.version()));

        putIfMatch(etag(document.version()), "/api/v1/documents/{id}", record(null, "Declaration on Resilience", "VNM", List.of(som, summit)),
                document.id())
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag(document.version() + 1)))
                .andExpect(jsonPath("$.symbol").value(document.symbol()))
                .andExpect(jsonPath("$.title.en").value("Declaration on Resilience"))
                .andExpect(jsonPath("$.lead").value("VNM"))
                .andExpect(jsonPath("$.path.length()").value(2));
        get("/api/v1/documents/{id}/journey", document.id()).andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void aStaleVersionIsAConflictProblemListingWhatChanged() throws Exception {
        put("/api/v1/documents/{id}", record(document.version(), "Declaration on Resilience", null, List.of(som)), document.id())
                .andExpect(status().isOk());

        put("/api/v1/documents/{id}", record(document.version(), "My title", null, List.of(som)), document.id())
                .andExpect(problem(HttpStatus.CONFLICT))
                .andExpect(jsonPath("$.changes[0].field").value("title"))
                .andExpect(jsonPath("$.changes[0].now").value("Declaration on Resilience / Tuyên bố sửa"));
    }

    @Test
    void refusalsNameTheFieldAndTheRule() throws Exception {
        MeetingId aptSom = fixtures.meeting("APT SOM", DAY.plusDays(5));
        put("/api/v1/documents/{id}", record(document.version(), "T", null, List.of(som, aptSom)), document.id())
                .andExpect(ruleViolated("path", "document.path.otherFramework"));
        put("/api/v1/documents/{id}", record(document.version(), "T", "JPN", List.of(som)), document.id())
                .andExpect(ruleViolated("lead", "document.lead.notMember"));
        put("/api/v1/documents/{id}", json(fields("version", document.version(), "title", null, "classification", "RESTRICTED")), document.id())
                .andExpect(ruleViolated("titleEn", "document.title.required"));

        actor.asSystem("test", () -> decisions.decide(new RecordDecision(document.id(), som, Decision.DEFERRED, 1, false, null)));
        long version = actor.asSystem("test", () -> drafting.recordToRevise(document.id()).version());
        put("/api/v1/documents/{id}", record(version, "T", null, List.of(summit)), document.id())
                .andExpect(ruleViolated("path", "document.path.decidedStays"));
        get("/api/v1/documents/{id}", document.id()).andExpect(jsonPath("$.title.en").value(document.title().en()));
    }

    @Test
    void withoutAVersionItIsPreconditionRequired() throws Exception {
        put("/api/v1/documents/{id}", record(null, "T", null, List.of(som)), document.id()).andExpect(problem(HttpStatus.PRECONDITION_REQUIRED));
    }

    @Test
    void anUnknownDocumentIsNotFound() throws Exception {
        put("/api/v1/documents/{id}", record(0, "T", null, List.of(som)), UUID.randomUUID()).andExpect(problem(HttpStatus.NOT_FOUND));
    }

    @Test
    @WithMockUser(username = "jpn", authorities = "PARTNER_OFFICER:JPN")
    void aDraftHiddenFromTheCallerIsNotFound() throws Exception {
        put("/api/v1/documents/{id}", record(document.version(), "T", null, List.of(som)), document.id()).andExpect(problem(HttpStatus.NOT_FOUND));
    }

    @Test
    @WithMockUser(username = "vnm", authorities = "DELEGATION_OFFICER:VNM")
    void aReaderWhoDoesNotHoldThePenIsForbidden() throws Exception {
        put("/api/v1/documents/{id}", record(document.version(), "T", null, List.of(som)), document.id()).andExpect(problem(HttpStatus.FORBIDDEN));
    }
}
