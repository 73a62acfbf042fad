package org.mufakat.access;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.chair.ChairYearDetails;
import org.mufakat.chair.Chairmanship;
import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.InitiativeOccasion;
import org.mufakat.commitments.InitiativeRegister;
import org.mufakat.commitments.InitiativeStatus;
import org.mufakat.commitments.InitiativeView;
import org.mufakat.commitments.InterventionRegister;
import org.mufakat.commitments.InterventionView;
import org.mufakat.commitments.IssueRegister;
import org.mufakat.commitments.IssueView;
import org.mufakat.commitments.OpenStandingIssue;
import org.mufakat.commitments.PlanArea;
import org.mufakat.commitments.PlanRegister;
import org.mufakat.commitments.PlanSummary;
import org.mufakat.commitments.ProposeInitiative;
import org.mufakat.commitments.RecordIntervention;
import org.mufakat.commitments.RecordPlan;
import org.mufakat.commitments.ReportImplementation;
import org.mufakat.commitments.ReportStatus;
import org.mufakat.commitments.ReportView;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.meetings.DelegationDetails;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.RegisterDelegation;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.RegisterPerson;
import org.mufakat.press.ImportOutcome;
import org.mufakat.press.IncomingReport;
import org.mufakat.press.PressIntake;
import org.mufakat.press.PressReports;
import org.mufakat.press.ReportId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every endpoint the application maps (read from its own request mappings, so a new one cannot be forgotten),
 * exercised by every role, compared with the expected-access table below: zero unexpected allows, zero
 * unexpected refusals. Writes are sent valid, so that only the access decision can refuse them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTests {

    /** The roles, each as the demo account that holds it (their accounts exist: the pages read them). */
    enum Who {
        ANONYMOUS(null), ADMINISTRATOR("admin", "ADMINISTRATOR"), ASEAN_SECRETARIAT("asec", "ASEAN_SECRETARIAT"),
        CHAIR_2024("lao2024", "CHAIR_SECRETARIAT:2024"), CHAIR_2026("phl2026", "CHAIR_SECRETARIAT:2026"),
        VIET_NAM("vnm", "DELEGATION_OFFICER:VNM"), JAPAN("jpn", "PARTNER_OFFICER:JPN"), TIMOR_LESTE("tls", "OBSERVER:TLS");

        final String username;
        final String[] authorities;

        Who(String username, String... authorities) {
            this.username = username;
            this.authorities = authorities;
        }
    }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    static final Set<Who> ADMINISTRATORS = EnumSet.of(Who.ADMINISTRATOR);
    static final Set<Who> PLANNERS_OF_2024 = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.CHAIR_2024);
    static final Set<Who> COMPOSERS_OF_VIET_NAM_2024 = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.CHAIR_2024, Who.VIET_NAM);
    static final Set<Who> RECORDERS_OF_VIET_NAM_JAPAN_2024 = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.CHAIR_2024,
            Who.VIET_NAM, Who.JAPAN);
    static final Set<Who> RECORDERS_OF_VIETNAMESE_PEOPLE = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.CHAIR_2024,
            Who.CHAIR_2026, Who.VIET_NAM);
    static final Set<Who> VIET_NAM_ONLY = EnumSet.of(Who.VIET_NAM);
    static final Set<Who> REPORT_REVIEWERS = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.CHAIR_2024, Who.CHAIR_2026,
            Who.VIET_NAM);

    /** {@code hidden}: a 404 is the refusal (things whose existence must not leak answer "not found"). */
    record Expectation(Set<Who> allowed, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request, boolean hidden) {

        Expectation(Set<Who> allowed, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request) {
            this(allowed, request, false);
        }
    }

    private static final AtomicInteger DAY = new AtomicInteger();
    private static final AtomicInteger PRESS_DAY = new AtomicInteger();
    private static final AtomicInteger CORRECTED_DAY = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DelegationRegister delegations;
    @Autowired
    PersonDirectory people;
    @Autowired
    Chairmanship chairmanship;
    @Autowired
    CurrentActor actor;
    @Autowired
    PressIntake pressIntake;
    @Autowired
    PressReports pressReports;

    MeetingSummary meeting;
    DelegationDetails delegation;
    PersonDetails person;
    ReportId pressReport;

    @BeforeEach
    void fixtures() {
        actor.asSystem("access-matrix", () -> {
            meeting = calendar.schedule(som(LocalDate.of(2024, 12, 2)));
            delegation = delegations.register(new RegisterDelegation(meeting.id(), PartyCode.of("VNM"), null, List.of()));
            person = people.register(RegisterPerson.newPerson("Matrix Person " + UUID.randomUUID(), PartyCode.of("VNM"), List.of()));
        });
        documentFixtures();
        documentRecordFixtures();
        pressReport = pressReport(30);
    }

    @Test
    void everyEndpointAllowsExactlyTheRolesTheTableSays() throws Exception {
        Map<String, Expectation> table = table();
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                Set<?> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    mapped.add("ANY " + pattern);
                }
                methods.forEach(method -> mapped.add(method + " " + pattern));
            }
        }

        Set<String> unclassified = new TreeSet<>(mapped);
        unclassified.removeAll(table.keySet());
        assertThat(unclassified).as("endpoints without an entry in the access table").isEmpty();

        List<String> unexpected = new ArrayList<>();
        int exercised = 0;
        for (String endpoint : mapped) {
            Expectation expectation = table.get(endpoint);
            for (Who who : Who.values()) {
                MockHttpServletResponse response = perform(expectation.request().get(), who);
                exercised++;
                if (!endpoint.equals("ANY /error")) { // the error page answers with the status of the error it shows
                    assertThat(response.getStatus()).as(endpoint + " as " + who + " must not fail").isLessThan(500);
                }
                boolean allowed = !refused(response) && !(expectation.hidden() && response.getStatus() == 404);
                if (allowed != expectation.allowed().contains(who)) {
                    unexpected.add(endpoint + " as " + who + ": " + (allowed ? "ALLOWED" : "refused") + " (" + response.getStatus() + ")");
                }
            }
        }
        assertThat(unexpected).as("unexpected decisions in " + exercised + " requests").isEmpty();
        assertThat(exercised).isEqualTo(mapped.size() * Who.values().length);
    }

    private Map<String, Expectation> table() {
        Map<String, Expectation> t = new LinkedHashMap<>();
        String m = "/meetings/" + meeting.id();
        String d = "/delegations/" + delegation.id();
        String p = "/people/" + person.id();
        // Public reading: pages, API, feeds.
        for (String page : List.of("/", "/calendar", "/chair-years", "/chair-years/{year}", "/countries", "/countries/{code}",
                "/people", "/people/{id}", "/meetings/{id}", "/meetings/{id}/notes", "/meetings/ordinal-suggestion", "/sign-in",
                "/setup/{token}", "/api/v1/organisation", "/api/v1/parties", "/api/v1/parties/{code}", "/api/v1/frameworks",
                "/api/v1/frameworks/{code}", "/api/v1/chair-years", "/api/v1/chair-years/{year}", "/api/v1/chair-years/rotation",
                "/api/v1/series", "/api/v1/series/{code}/next-ordinals", "/api/v1/meetings", "/api/v1/meetings/{id}",
                "/api/v1/meetings/{id}/delegations", "/api/v1/meetings/{id}/bilaterals", "/api/v1/delegations/{id}",
                "/api/v1/people", "/api/v1/people/{id}", "/feeds/all.ics", "/feeds/frameworks/{code}.ics", "/feeds/countries/{code}.ics",
                "/api/v1/docs", "/api/v1/openapi", "/api/v1/openapi.yaml", "/api/v1/openapi/swagger-config")) {
            t.put("GET " + page, new Expectation(EVERYONE, () -> get(concrete(page, m, d, p))));
        }
        t.put("ANY /error", new Expectation(EVERYONE, () -> get("/error")));
        t.put("POST /setup/{token}", new Expectation(EVERYONE, () -> form("/setup/not-a-link", "username", "x", "displayName", "x", "password", "x")));
        // Forms: any signed-in person may open them; saving is the policy's.
        for (String page : List.of("/meetings/new", "/meetings/{id}/edit", "/meetings/{id}/delegations/new", "/meetings/{id}/bilaterals/new",
                "/delegations/{id}/edit", "/people/new", "/people/{id}/edit", "/chair-years/{year}/edit", "/account")) {
            t.put("GET " + page, new Expectation(SIGNED_IN, () -> get(concrete(page, m, d, p))));
        }
        t.put("GET /admin/audit", new Expectation(ADMINISTRATORS, () -> get("/admin/audit")));
        t.put("POST /admin/audit/verify", new Expectation(ADMINISTRATORS, () -> form("/admin/audit/verify")));
        t.put("GET /sign-in/second-factor", new Expectation(NOBODY, () -> get("/sign-in/second-factor")));
        t.put("POST /sign-in/second-factor", new Expectation(NOBODY, () -> form("/sign-in/second-factor", "code", "123456")));
        t.put("POST /account/tokens", new Expectation(SIGNED_IN, () -> form("/account/tokens", "name", "matrix", "days", "1")));
        t.put("POST /account/tokens/{id}/revoke", new Expectation(SIGNED_IN, () -> form("/account/tokens/" + UUID.randomUUID() + "/revoke")));
        t.put("POST /account/second-factor", new Expectation(SIGNED_IN, () -> form("/account/second-factor", "code", "000000")));
        t.put("POST /account/second-factor/remove", new Expectation(SIGNED_IN, () -> form("/account/second-factor/remove", "code", "000000")));
        // Changing the record: the access policy decides.
        t.put("POST /meetings", new Expectation(PLANNERS_OF_2024, () -> form("/meetings", "series", "SOM", "startDate", nextDay(),
                "format", "ONLINE", "status", "PLANNED")));
        t.put("POST /meetings/{id}", new Expectation(PLANNERS_OF_2024, () -> form(m, "series", "SOM", "startDate", "2024-12-02",
                "format", "ONLINE", "status", "PLANNED", "version", String.valueOf(currentMeetingVersion()))));
        t.put("POST /meetings/{id}/delegations", new Expectation(COMPOSERS_OF_VIET_NAM_2024, () -> form(m + "/delegations", "party", "VNM")));
        t.put("POST /delegations/{id}", new Expectation(COMPOSERS_OF_VIET_NAM_2024, () -> form(d, "capacity", "OWN_RIGHT",
                "version", String.valueOf(currentDelegationVersion()))));
        t.put("POST /meetings/{id}/bilaterals", new Expectation(RECORDERS_OF_VIET_NAM_JAPAN_2024, () -> form(m + "/bilaterals",
                "party", "VNM", "counterpartParty", "JPN")));
        t.put("POST /people", new Expectation(RECORDERS_OF_VIETNAMESE_PEOPLE, () -> form("/people", "name", "Matrix " + UUID.randomUUID(), "party", "VNM")));
        t.put("POST /people/{id}", new Expectation(RECORDERS_OF_VIETNAMESE_PEOPLE, () -> form(p, "name", person.name(), "party", "VNM",
                "version", String.valueOf(currentPersonVersion()))));
        t.put("POST /chair-years/{year}", new Expectation(PLANNERS_OF_2024, this::chairYear2024Form));
        t.put("POST /meetings/{id}/notes", new Expectation(VIET_NAM_ONLY, () -> form(m + "/notes", "party", "VNM", "body", "matrix note")));
        t.put("POST /api/v1/meetings", new Expectation(PLANNERS_OF_2024, () -> json(HttpMethod.POST, "/api/v1/meetings",
                "{\"series\":\"SOM\",\"startDate\":\"" + nextDay() + "\",\"format\":\"ONLINE\"}")));
        t.put("PUT /api/v1/meetings/{id}", new Expectation(PLANNERS_OF_2024, () -> json(HttpMethod.PUT, "/api/v1" + m,
                "{\"series\":\"SOM\",\"startDate\":\"2024-12-02\",\"format\":\"ONLINE\",\"version\":" + currentMeetingVersion() + "}")));
        t.put("POST /api/v1/meetings/{id}/delegations", new Expectation(COMPOSERS_OF_VIET_NAM_2024,
                () -> json(HttpMethod.POST, "/api/v1" + m + "/delegations", "{\"party\":\"VNM\"}")));
        t.put("PUT /api/v1/delegations/{id}", new Expectation(COMPOSERS_OF_VIET_NAM_2024, () -> json(HttpMethod.PUT, "/api/v1" + d,
                "{\"party\":\"VNM\",\"version\":" + currentDelegationVersion() + "}")));
        t.put("POST /api/v1/meetings/{id}/bilaterals", new Expectation(RECORDERS_OF_VIET_NAM_JAPAN_2024,
                () -> json(HttpMethod.POST, "/api/v1" + m + "/bilaterals", "{\"party\":\"VNM\",\"counterpartParty\":\"JPN\"}")));
        t.put("POST /api/v1/people", new Expectation(RECORDERS_OF_VIETNAMESE_PEOPLE, () -> json(HttpMethod.POST, "/api/v1/people",
                "{\"name\":\"Matrix " + UUID.randomUUID() + "\",\"party\":\"VNM\"}")));
        t.put("PUT /api/v1/people/{id}", new Expectation(RECORDERS_OF_VIETNAMESE_PEOPLE, () -> json(HttpMethod.PUT, "/api/v1" + p,
                "{\"name\":\"" + person.name() + "\",\"party\":\"VNM\",\"version\":" + currentPersonVersion() + "}")));
        t.put("POST /api/v1/articles", new Expectation(SIGNED_IN, () -> json(HttpMethod.POST, "/api/v1/articles",
                "{\"text\":\"Ngày 29/7/2021 đã diễn ra Hội nghị SOM ASEAN trực tuyến.\"}")));
        t.put("PUT /api/v1/chair-years/{year}", new Expectation(PLANNERS_OF_2024, this::chairYear2024Json));
        // --- outputs ---
        outputsRows(t);
        // --- commitments ---
        commitmentRows(t);
        documentRows(t);
        // --- documents record ---
        documentRecordRows(t);
        // --- relations ---
        String roadmap = "/roadmaps/" + relationsRoadmap;
        for (String page : List.of("/relations", "/relations/{partner}", "/relations/coordinators", "/roadmaps", "/roadmaps/{id}",
                "/meetings/{id}/coordinator", "/api/v1/relations", "/api/v1/relations/{partner}", "/api/v1/coordinators",
                "/api/v1/coordinators/{partner}", "/api/v1/roadmaps", "/api/v1/roadmaps/{id}")) {
            String path = page.replace("/meetings/{id}", m).replace("/roadmaps/{id}", roadmap).replace("{partner}", "KOR");
            t.put("GET " + page, new Expectation(EVERYONE, () -> get(path)));
        }
        t.put("POST /relations/{partner}/levels", new Expectation(RELATION_RECORDERS, () -> form("/relations/KOR/levels",
                "level", "DIALOGUE_RELATIONS", "since", "1989-11-01", "source", "asean.org (definition file); 35 years in 2024 (seed 003)")));
        t.put("POST /api/v1/relations/{partner}/levels", new Expectation(RELATION_RECORDERS, () -> json(HttpMethod.POST,
                "/api/v1/relations/KOR/levels", "{\"level\":\"DIALOGUE_RELATIONS\",\"since\":\"1989-11-01\"}")));
        t.put("POST /relations/coordinators/decisions", new Expectation(RELATION_RECORDERS, () -> form("/relations/coordinators/decisions",
                "partner", "CAN", "coordinator", "VNM", "from", nextDecisionYear() + "-08-01", "to", DECISION_YEAR.get() + "-12-31")));
        t.put("POST /api/v1/coordinators/decisions", new Expectation(RELATION_RECORDERS, () -> json(HttpMethod.POST,
                "/api/v1/coordinators/decisions", "{\"partner\":\"CAN\",\"coordinator\":\"VNM\",\"from\":\"" + nextDecisionYear()
                        + "-08-01\",\"to\":\"" + DECISION_YEAR.get() + "-12-31\"}")));
        t.put("POST /api/v1/roadmaps", new Expectation(RELATION_RECORDERS, () -> json(HttpMethod.POST, "/api/v1/roadmaps",
                "{\"candidate\":\"TLS\",\"title\":{\"en\":\"A second roadmap\"},\"beganOn\":\"2023-05-11\"}")));
        t.put("PUT /api/v1/roadmaps/{id}", new Expectation(RELATION_RECORDERS, this::currentRoadmapJson));
        t.put("POST /roadmaps/{id}/admission", new Expectation(ADMITTERS, () -> form(roadmap + "/admission", "admittedOn", "2025-10-26")));
        t.put("POST /api/v1/roadmaps/{id}/admission", new Expectation(ADMITTERS, () -> json(HttpMethod.POST, "/api/v1" + roadmap + "/admission",
                "{\"admittedOn\":\"2025-10-26\"}")));
        // --- press ---
        String r = "/reports/" + pressReport;
        t.put("GET /meetings/{id}/reports", new Expectation(EVERYONE, () -> get(m + "/reports")));
        t.put("GET /reports", new Expectation(REPORT_REVIEWERS, () -> get("/reports")));
        t.put("GET /reports/new", new Expectation(REPORT_REVIEWERS, () -> get("/reports/new")));
        t.put("POST /reports", new Expectation(REPORT_REVIEWERS, () -> form("/reports", "text", pressText(30))));
        t.put("POST /reports/imports", new Expectation(REPORT_REVIEWERS, () -> MockMvcRequestBuilders.multipart("/reports/imports")
                .file(new org.springframework.mock.web.MockMultipartFile("files", "matrix.txt", "text/plain",
                        pressText(30).getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(csrf())));
        t.put("GET /reports/imports/{job}", new Expectation(REPORT_REVIEWERS, () -> get("/reports/imports/" + UUID.randomUUID())));
        t.put("GET /reports/{id}", new Expectation(REPORT_REVIEWERS, () -> get(r)));
        t.put("GET /reports/{id}/raw", new Expectation(REPORT_REVIEWERS, () -> get(r + "/raw")));
        t.put("GET /reports/{id}/facts/{position}/correct", new Expectation(REPORT_REVIEWERS, () -> get(r + "/facts/0/correct")));
        t.put("POST /reports/{id}/read-again", new Expectation(REPORT_REVIEWERS, () -> form(r + "/read-again", "version", pressVersion(pressReport))));
        t.put("POST /reports/{id}/facts/{position}/reject", new Expectation(REPORT_REVIEWERS, () -> {
            ReportId fresh = pressReport(30);
            return form("/reports/" + fresh + "/facts/0/reject", "version", pressVersion(fresh));
        }));
        // Accepting a meeting not on record schedules it: the calendar's decision (2024's planners).
        t.put("POST /reports/{id}/facts/{position}/accept", new Expectation(PLANNERS_OF_2024, () -> {
            ReportId fresh = pressReport(nextPressDay());
            return form("/reports/" + fresh + "/facts/0/accept", "version", pressVersion(fresh));
        }));
        t.put("POST /reports/{id}/facts/{position}/correct", new Expectation(PLANNERS_OF_2024, () -> {
            ReportId fresh = pressReport(30);
            return form("/reports/" + fresh + "/facts/0/correct", "version", pressVersion(fresh), "series", "SOM",
                    "start", "2024-12-" + (10 + CORRECTED_DAY.incrementAndGet() % 18), "format", "ONLINE", "role", "REPORTED", "meeting", "new");
        }));
        // --- search ---
        t.put("GET /search", new Expectation(EVERYONE, () -> get("/search")));
        t.put("GET /api/v1/search", new Expectation(EVERYONE, () -> get("/api/v1/search")));
        t.put("POST /admin/search/rebuild", new Expectation(ADMINISTRATORS, () -> form("/admin/search/rebuild")));
        // --- commitments forms ---
        commitmentFormRows(t);
        // --- commitments revisions ---
        revisionRows(t);
        return t;
    }

    // --- outputs ---

    @Autowired
    org.mufakat.outputs.PressReleaseDesk pressReleases;

    /**
     * Outcome lists and an issued press release are public (a draft is a 404 to everyone but its drafters, which this
     * table cannot tell from an allow: OutputPagesTests checks it); drafting and issuing are the 2024 chair's and the
     * record keepers'. Each write gets a fresh meeting (and draft), so that every request is valid.
     */
    private void outputsRows(Map<String, Expectation> t) {
        String issued = "/meetings/" + meetingWithPressRelease(true);
        for (String page : List.of("/outputs", "/outcomes", "/outcomes.docx", "/outcomes.pdf", "/outcomes.csv", "/press-release")) {
            t.put("GET /meetings/{id}" + page, new Expectation(EVERYONE, () -> get(issued + page)));
        }
        t.put("GET /api/v1/meetings/{id}/press-release", new Expectation(EVERYONE, () -> get("/api/v1" + issued + "/press-release")));
        String declaration = "/documents/" + adoptedDemoDeclaration() + "/versions/1";
        for (String file : List.of(".docx", ".pdf")) {
            t.put("GET /documents/{id}/versions/{number}" + file, new Expectation(EVERYONE, () -> get(declaration + file)));
        }
        t.put("GET /api/v1/meetings/{id}/press-release/assembled", new Expectation(PLANNERS_OF_2024,
                () -> get("/api/v1" + issued + "/press-release/assembled")));
        t.put("POST /meetings/{id}/press-release", new Expectation(PLANNERS_OF_2024, () -> form("/meetings/" + meetingWithPressRelease(null)
                + "/press-release", "titleEn", "Matrix", "titleVi", "Ma trận", "bodyEn", "Text.", "bodyVi", "Nội dung.")));
        t.put("POST /meetings/{id}/press-release/issue", new Expectation(PLANNERS_OF_2024,
                () -> form("/meetings/" + meetingWithPressRelease(false) + "/press-release/issue", "version", "0")));
        t.put("PUT /api/v1/meetings/{id}/press-release", new Expectation(PLANNERS_OF_2024, () -> json(HttpMethod.PUT,
                "/api/v1/meetings/" + meetingWithPressRelease(null) + "/press-release",
                "{\"titleEn\":\"Matrix\",\"titleVi\":\"Ma trận\",\"bodyEn\":\"Text.\",\"bodyVi\":\"Nội dung.\"}")));
        t.put("POST /api/v1/meetings/{id}/press-release/issue", new Expectation(PLANNERS_OF_2024, () -> json(HttpMethod.POST,
                "/api/v1/meetings/" + meetingWithPressRelease(false) + "/press-release/issue", "").header("If-Match", "\"0\"")));
    }

    /** The demo's Vientiane Declaration, adopted and public: every reader may print it. */
    private org.mufakat.documents.DocumentId adoptedDemoDeclaration() {
        return actor.asSystem("access-matrix", () -> documentRecords.list(2024, org.mufakat.organisation.FrameworkCode.of("ASEAN")).stream()
                .filter(d -> d.title().en().startsWith("Vientiane Declaration")).findFirst().orElseThrow().id());
    }

    /** A new 2024 meeting: without a press release (null), with a draft (false) or with an issued one (true). */
    private org.mufakat.meetings.MeetingId meetingWithPressRelease(Boolean issued) {
        return actor.asSystem("access-matrix", () -> {
            var id = calendar.schedule(som(LocalDate.parse(nextDay()))).id();
            if (issued != null) {
                var draft = pressReleases.save(id, new org.mufakat.outputs.PressReleaseText("Matrix", "Ma trận", "Text.", "Nội dung."), null);
                if (issued) {
                    pressReleases.issue(id, draft.version());
                }
            }
            return id;
        });
    }

    // --- commitments ---

    static final Set<Who> RECORD_KEEPERS = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT);
    static final Set<Who> KEEPERS_AND_VIET_NAM = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.VIET_NAM);
    static final Set<Who> KEEPERS_AND_JAPAN = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.JAPAN);
    static final Set<Who> RECORDERS_OF_VIET_NAMS_2024_INITIATIVES = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.CHAIR_2024,
            Who.VIET_NAM);

    @Autowired
    PlanRegister commitmentPlans;
    @Autowired
    InitiativeRegister commitmentInitiatives;
    @Autowired
    IssueRegister commitmentIssues;
    @Autowired
    InterventionRegister commitmentInterventions;

    PlanSummary plan;
    ReportView report;
    InitiativeView initiative;
    IssueView issue;
    InterventionView intervention;
    MeetingSummary easMeeting;

    /** An EAS plan 2031-2033 with a report by Viet Nam, an initiative of Viet Nam's in 2024, an issue, a statement. */
    private void commitmentFixtures() {
        actor.asSystem("access-matrix", () -> {
            easMeeting = calendar.schedule(new MeetingPlan(new SeriesCode("EAS SOM"), null, null, null,
                    new MeetingDates(LocalDate.of(2024, 12, 3), null), null, MeetingFormat.ONLINE, null, null, null, null, null, null, Set.of()));
            String unique = UUID.randomUUID().toString().substring(0, 8);
            plan = commitmentPlans.record(new RecordPlan(LocalizedText.english("Matrix plan " + unique), FrameworkCode.of("EAS"), 2031, 2033,
                    null, List.of(new PlanArea(1, LocalizedText.english("Area one"))),
                    List.of(ActionLine.of("1.1", LocalizedText.english("Line one")))));
            report = commitmentPlans.report(new ReportImplementation(plan.id(), 2031, PartyCode.of("VNM"), LocalizedText.english("Matrix activity"),
                    Set.of("1.1"), ReportStatus.ONGOING));
            initiative = commitmentInitiatives.propose(new ProposeInitiative(LocalizedText.english("Matrix initiative " + unique), null,
                    PartyCode.of("VNM"), false, 2024, new InitiativeOccasion(LocalDate.of(2024, 12, 2), InitiativeStatus.PROPOSED, meeting.id(), null)));
            issue = commitmentIssues.open(new OpenStandingIssue("matrix-" + unique, LocalizedText.english("Matrix issue"), null));
            intervention = commitmentInterventions.record(new RecordIntervention(meeting.id(), PartyCode.of("VNM"), null,
                    List.of(new RecordIntervention.Point(LocalizedText.english("Matrix point"), List.of(issue.id()), List.of(), List.of()))));
        });
    }

    private void commitmentRows(Map<String, Expectation> t) {
        commitmentFixtures();
        String pl = "/plans/" + plan.id();
        String ap = "/api/v1/plans/" + plan.id();
        for (String page : List.of("/plans", pl, pl + "/areas/1", pl + "/export.xlsx", pl + "/export.csv", "/initiatives",
                "/initiatives/" + initiative.id(), "/issues", "/issues/" + issue.code(), "/meetings/" + meeting.id() + "/interventions",
                "/countries/VNM/interventions", "/api/v1/plans", ap, ap + "/progress", ap + "/areas/1", ap + "/reports",
                "/api/v1/reports/" + report.id(), "/api/v1/initiatives", "/api/v1/initiatives/" + initiative.id(), "/api/v1/issues",
                "/api/v1/issues/" + issue.code(), "/api/v1/interventions?country=VNM", "/api/v1/interventions/" + intervention.id())) {
            String pattern = page.replace(plan.id().toString(), "{id}").replace(report.id().toString(), "{id}")
                    .replace(initiative.id().toString(), "{id}").replace(intervention.id().toString(), "{id}")
                    .replace(meeting.id().toString(), "{id}").replace("/issues/" + issue.code(), "/issues/{code}")
                    .replace("/areas/1", "/areas/{number}").replace("/countries/VNM", "/countries/{code}").replace("?country=VNM", "");
            t.put("GET " + pattern, new Expectation(EVERYONE, () -> MockMvcRequestBuilders.get(page)));
        }
        t.put("POST /plans/{id}/reports", new Expectation(KEEPERS_AND_VIET_NAM, () -> form(pl + "/reports", "party", "VNM", "year", "2032",
                "actionLines", "1.1", "activityEn", "Matrix form activity", "status", "PLANNED")));
        t.put("POST /api/v1/plans", new Expectation(RECORD_KEEPERS, () -> json(HttpMethod.POST, "/api/v1/plans",
                "{\"titleEn\":\"Matrix plan " + UUID.randomUUID() + "\",\"framework\":\"EAS\",\"fromYear\":2031,\"toYear\":2032}")));
        t.put("PUT /api/v1/plans/{id}", new Expectation(RECORD_KEEPERS, () -> json(HttpMethod.PUT, ap,
                "{\"titleEn\":\"" + plan.title().en() + "\",\"framework\":\"EAS\",\"fromYear\":2031,\"toYear\":2033,"
                        + "\"areas\":[{\"number\":1,\"titleEn\":\"Area one\"}],\"actionLines\":[{\"code\":\"1.1\",\"textEn\":\"Line one\"}],"
                        + "\"version\":" + commitmentPlans.get(plan.id()).plan().version() + "}")));
        t.put("POST /api/v1/plans/{id}/reports", new Expectation(KEEPERS_AND_VIET_NAM, () -> json(HttpMethod.POST, ap + "/reports",
                "{\"year\":2032,\"party\":\"VNM\",\"activityEn\":\"Matrix\",\"actionLines\":[\"1.1\"],\"status\":\"COMPLETED\"}")));
        t.put("PUT /api/v1/reports/{id}", new Expectation(KEEPERS_AND_VIET_NAM, () -> json(HttpMethod.PUT, "/api/v1/reports/" + report.id(),
                "{\"year\":2031,\"party\":\"VNM\",\"activityEn\":\"Matrix activity\",\"actionLines\":[\"1.1\"],\"status\":\"ONGOING\","
                        + "\"version\":" + commitmentPlans.findReport(report.id()).orElseThrow().version() + "}")));
        t.put("POST /api/v1/plans/{id}/proposals", new Expectation(KEEPERS_AND_JAPAN, () -> json(HttpMethod.POST, ap + "/proposals",
                "{\"party\":\"JPN\",\"area\":1,\"year\":2032,\"titleEn\":\"Matrix proposal\"}")));
        t.put("POST /api/v1/plans/{id}/reviews", new Expectation(RECORD_KEEPERS, () -> json(HttpMethod.POST, ap + "/reviews",
                "{\"meeting\":\"" + easMeeting.id() + "\"}")));
        t.put("POST /api/v1/initiatives", new Expectation(RECORDERS_OF_VIET_NAMS_2024_INITIATIVES, () -> json(HttpMethod.POST, "/api/v1/initiatives",
                "{\"titleEn\":\"Matrix " + UUID.randomUUID() + "\",\"proposer\":\"VNM\",\"year\":2024,"
                        + "\"raised\":{\"on\":\"2024-12-02\",\"status\":\"PROPOSED\",\"meeting\":\"" + meeting.id() + "\"}}")));
        t.put("POST /api/v1/initiatives/{id}/occasions", new Expectation(RECORDERS_OF_VIET_NAMS_2024_INITIATIVES, () -> json(HttpMethod.POST,
                "/api/v1/initiatives/" + initiative.id() + "/occasions", "{\"on\":\"2024-12-02\",\"status\":\"PROPOSED\",\"meeting\":\""
                        + meeting.id() + "\",\"version\":" + commitmentInitiatives.get(initiative.id()).version() + "}")));
        t.put("POST /api/v1/initiatives/{id}/supporters", new Expectation(RECORDERS_OF_VIET_NAMS_2024_INITIATIVES, () -> json(HttpMethod.POST,
                "/api/v1/initiatives/" + initiative.id() + "/supporters", "{\"party\":\"LAO\"}")));
        t.put("POST /api/v1/issues", new Expectation(RECORD_KEEPERS, () -> json(HttpMethod.POST, "/api/v1/issues",
                "{\"code\":\"matrix-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"titleEn\":\"Matrix issue\"}")));
        t.put("POST /api/v1/issues/{code}/outcomes", new Expectation(RECORD_KEEPERS, () -> json(HttpMethod.POST,
                "/api/v1/issues/" + issue.code() + "/outcomes", "{\"on\":\"2024-12-02\",\"document\":\"Matrix statement\",\"version\":"
                        + commitmentIssues.get(issue.code()).version() + "}")));
        t.put("POST /api/v1/interventions", new Expectation(KEEPERS_AND_VIET_NAM, () -> json(HttpMethod.POST, "/api/v1/interventions",
                "{\"meeting\":\"" + meeting.id() + "\",\"party\":\"VNM\",\"points\":[{\"textEn\":\"Matrix point\"}]}")));
        // standing issues' forms and revision
        String is = "/issues/" + issue.code();
        t.put("GET /issues/new", new Expectation(RECORD_KEEPERS, () -> get("/issues/new")));
        t.put("GET /issues/meeting-choices", new Expectation(EVERYONE, () -> get("/issues/meeting-choices?on=2024-12-05")));
        t.put("POST /issues", new Expectation(RECORD_KEEPERS, () -> form("/issues", "code", "matrix-" + UUID.randomUUID().toString().substring(0, 8),
                "titleEn", "Matrix issue", "terms", "Matrix phrase")));
        t.put("GET /issues/{code}/edit", new Expectation(RECORD_KEEPERS, () -> get(is + "/edit")));
        t.put("POST /issues/{code}", new Expectation(RECORD_KEEPERS, () -> form(is, "titleEn", "Matrix issue", "terms", "Matrix phrase",
                "version", String.valueOf(commitmentIssues.get(issue.code()).version()))));
        t.put("POST /issues/{code}/outcomes", new Expectation(RECORD_KEEPERS, () -> form(is + "/outcomes", "on", "2024-12-04",
                "document", "Matrix form statement", "version", String.valueOf(commitmentIssues.get(issue.code()).version()))));
        t.put("PUT /api/v1/issues/{code}", new Expectation(RECORD_KEEPERS, () -> json(HttpMethod.PUT, "/api/v1/issues/" + issue.code(),
                "{\"titleEn\":\"Matrix issue\",\"terms\":[\"Matrix phrase\"],\"version\":" + commitmentIssues.get(issue.code()).version() + "}")));
    }

    // --- commitments forms ---

    /** Who is offered the form for proposing initiatives: who may record some member's or Chair's initiative. */
    static final Set<Who> PROPOSERS_OF_INITIATIVES = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.CHAIR_2024, Who.CHAIR_2026,
            Who.VIET_NAM, Who.TIMOR_LESTE);
    /** Who speaks for a party at the ASEAN table of 2 December 2024: Timor-Leste sits there as an observer, for its own statements. */
    static final Set<Who> SPEAKERS_AT_THE_ASEAN_TABLE_2024 = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.VIET_NAM, Who.TIMOR_LESTE);

    /** Who may report implementation of the EAS plan 2031-2033 for some party at its table (Timor-Leste a member by then). */
    static final Set<Who> REPORTERS_AT_THE_EAS_TABLE = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.VIET_NAM, Who.JAPAN,
            Who.TIMOR_LESTE);

    /**
     * The page forms of plans, initiatives and statements, on the commitments fixtures (the EAS plan 2031-2033, Viet
     * Nam's initiative of 2024, the SOM of 2 December 2024): forms are opened only by who may save them.
     */
    private void commitmentFormRows(Map<String, Expectation> t) {
        String pl = "/plans/" + plan.id();
        String in = "/initiatives/" + initiative.id();
        String m = "/meetings/" + meeting.id();
        t.put("GET /plans/{id}/reports/new", new Expectation(REPORTERS_AT_THE_EAS_TABLE, () -> get(pl + "/reports/new")));
        t.put("GET /plans/new", new Expectation(RECORD_KEEPERS, () -> get("/plans/new")));
        t.put("POST /plans", new Expectation(RECORD_KEEPERS, () -> form("/plans", "framework", "EAS", "titleEn", "Matrix form plan " + UUID.randomUUID(),
                "fromYear", "2031", "toYear", "2032", "outline", "1. Area one\n1.1 Line one")));
        t.put("GET /plans/{id}/edit", new Expectation(RECORD_KEEPERS, () -> get(pl + "/edit")));
        t.put("POST /plans/{id}", new Expectation(RECORD_KEEPERS, () -> form(pl, "framework", "EAS", "titleEn", plan.title().en(),
                "fromYear", "2031", "toYear", "2033", "outline", "1. Area one\n1.1 Line one",
                "version", String.valueOf(commitmentPlans.get(plan.id()).plan().version()))));
        t.put("POST /plans/{id}/reviews", new Expectation(RECORD_KEEPERS, () -> form(pl + "/reviews", "meeting", easMeeting.id().toString())));
        t.put("POST /plans/{id}/areas/{number}/proposals", new Expectation(KEEPERS_AND_JAPAN, () -> form(pl + "/areas/1/proposals",
                "party", "JPN", "year", "2032", "titleEn", "Matrix form proposal")));
        t.put("GET /initiatives/new", new Expectation(PROPOSERS_OF_INITIATIVES, () -> get("/initiatives/new")));
        t.put("POST /initiatives", new Expectation(RECORDERS_OF_VIET_NAMS_2024_INITIATIVES, () -> form("/initiatives",
                "titleEn", "Matrix form initiative " + UUID.randomUUID(), "proposer", "VNM", "year", "2024", "raised.on", "2024-12-02",
                "raised.status", "PROPOSED", "raised.meeting", meeting.id().toString())));
        t.put("POST /initiatives/{id}/occasions", new Expectation(RECORDERS_OF_VIET_NAMS_2024_INITIATIVES, () -> form(in + "/occasions",
                "on", "2024-12-02", "status", "PROPOSED", "meeting", meeting.id().toString(),
                "version", String.valueOf(commitmentInitiatives.get(initiative.id()).version()))));
        t.put("POST /initiatives/{id}/supporters", new Expectation(RECORDERS_OF_VIET_NAMS_2024_INITIATIVES, () -> form(in + "/supporters",
                "party", "LAO")));
        t.put("GET /meetings/{id}/interventions/new", new Expectation(SPEAKERS_AT_THE_ASEAN_TABLE_2024, () -> get(m + "/interventions/new")));
        t.put("POST /meetings/{id}/interventions", new Expectation(KEEPERS_AND_VIET_NAM, () -> form(m + "/interventions", "party", "VNM",
                "points[0].textEn", "Matrix form point")));
    }

    // --- commitments revisions ---

    /**
     * Correcting initiatives, statements and implementation reports, on the commitments fixtures: Viet Nam's initiative
     * of 2024, its statement at the SOM of 2 December 2024 and its report on the EAS plan. Each is sent unchanged with
     * its current version, so that only the access decision can refuse it.
     */
    private void revisionRows(Map<String, Expectation> t) {
        String in = "/initiatives/" + initiative.id();
        String st = "/interventions/" + intervention.id();
        String rp = "/plans/" + plan.id() + "/reports/" + report.id();
        t.put("GET /initiatives/{id}/edit", new Expectation(RECORDERS_OF_VIET_NAMS_2024_INITIATIVES, () -> get(in + "/edit")));
        t.put("POST /initiatives/{id}", new Expectation(RECORDERS_OF_VIET_NAMS_2024_INITIATIVES, () -> form(in,
                "titleEn", initiative.title().en(), "proposer", "VNM", "year", "2024",
                "version", String.valueOf(commitmentInitiatives.get(initiative.id()).version()))));
        t.put("PUT /api/v1/initiatives/{id}", new Expectation(RECORDERS_OF_VIET_NAMS_2024_INITIATIVES, () -> json(HttpMethod.PUT,
                "/api/v1" + in, "{\"titleEn\":\"" + initiative.title().en() + "\",\"proposer\":\"VNM\",\"year\":2024,\"version\":"
                        + commitmentInitiatives.get(initiative.id()).version() + "}")));
        t.put("GET /interventions/{id}/edit", new Expectation(KEEPERS_AND_VIET_NAM, () -> get(st + "/edit")));
        t.put("POST /interventions/{id}", new Expectation(KEEPERS_AND_VIET_NAM, () -> form(st, "speaker", "NONE",
                "points[0].textEn", "Matrix point", "points[0].issues", issue.id().toString(),
                "version", String.valueOf(commitmentInterventions.find(intervention.id()).orElseThrow().version()))));
        t.put("PUT /api/v1/interventions/{id}", new Expectation(KEEPERS_AND_VIET_NAM, () -> json(HttpMethod.PUT, "/api/v1" + st,
                "{\"points\":[{\"textEn\":\"Matrix point\",\"issues\":[\"" + issue.id() + "\"]}],\"version\":"
                        + commitmentInterventions.find(intervention.id()).orElseThrow().version() + "}")));
        t.put("GET /plans/{plan}/reports/{id}/edit", new Expectation(KEEPERS_AND_VIET_NAM, () -> get(rp + "/edit")));
        t.put("POST /plans/{plan}/reports/{id}", new Expectation(KEEPERS_AND_VIET_NAM, () -> form(rp, "year", "2031",
                "actionLines", "1.1", "activityEn", "Matrix activity", "status", "ONGOING",
                "version", String.valueOf(commitmentPlans.findReport(report.id()).orElseThrow().version()))));
    }

    // --- documents ---

    /** Who may read an ASEAN-only draft of 2024: its members' officers, the record keepers, the chair secretariats. */
    static final Set<Who> READERS_OF_ASEAN_DRAFTS = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.CHAIR_2024, Who.CHAIR_2026,
            Who.VIET_NAM);
    static final Set<Who> PEN_HOLDERS_OF_2024 = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.CHAIR_2024);
    static final Set<Who> SPEAKERS_FOR_VIET_NAM = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.VIET_NAM);

    @Autowired
    org.mufakat.documents.DocumentDrafting drafting;
    @Autowired
    org.mufakat.documents.DocumentDecisions documentDecisions;
    @Autowired
    org.mufakat.documents.DocumentRecords documentRecords;
    @Autowired
    org.mufakat.organisation.Organisation organisation;

    org.mufakat.documents.DocumentFixtures documentFixtures;
    org.mufakat.meetings.MeetingId documentMeeting;
    /** An ASEAN-only restricted draft of 2024, and another one under silence procedures. */
    org.mufakat.documents.DocumentView draft;
    org.mufakat.documents.DocumentView silenced;

    private void documentFixtures() {
        documentFixtures = new org.mufakat.documents.DocumentFixtures(calendar, drafting, documentDecisions, organisation, actor);
        documentMeeting = documentFixtures.meeting("SOM", LocalDate.of(2024, 12, 3));
        draft = documentFixtures.document("ASEAN", org.mufakat.documents.Classification.RESTRICTED, List.of(documentMeeting));
        silenced = documentFixtures.document("ASEAN", org.mufakat.documents.Classification.RESTRICTED, List.of(documentMeeting));
    }

    private void documentRows(Map<String, Expectation> t) {
        String doc = "/documents/" + draft.id();
        String api = "/api/v1" + doc;
        String silence = "/documents/" + silenced.id();
        String meetingId = documentMeeting.toString();
        t.put("GET /documents", new Expectation(EVERYONE, () -> get("/documents?year=2024")));
        t.put("GET /meetings/{id}/documents", new Expectation(EVERYONE, () -> get("/meetings/" + meetingId + "/documents")));
        t.put("GET /api/v1/documents", new Expectation(EVERYONE, () -> get("/api/v1/documents?year=2024")));
        t.put("GET /api/v1/meetings/{id}/outcomes", new Expectation(EVERYONE, () -> get("/api/v1/meetings/" + meetingId + "/outcomes")));
        t.put("GET /documents/new", new Expectation(SIGNED_IN, () -> get("/documents/new")));
        for (String page : List.of("/documents/{id}", "/documents/{id}/edit", "/documents/{id}/versions/{number}", "/documents/{id}/compare",
                "/api/v1/documents/{id}", "/api/v1/documents/{id}/versions", "/api/v1/documents/{id}/versions/{number}",
                "/api/v1/documents/{id}/compare", "/api/v1/documents/{id}/amendments", "/api/v1/documents/{id}/journey",
                "/api/v1/documents/{id}/positions", "/api/v1/documents/{id}/silences")) {
            String path = page.replace("/documents/{id}", "/documents/" + draft.id()).replace("{number}", "1")
                    + (page.endsWith("/compare") ? "?from=1&to=1" : "");
            t.put("GET " + page, new Expectation(READERS_OF_ASEAN_DRAFTS, () -> get(path), true));
        }
        // A delegation's notes on a document: the panel for who may read the draft (empty unless they are an officer of a
        // delegation), writing only for the delegation's own officers.
        t.put("GET /documents/{id}/notes", new Expectation(READERS_OF_ASEAN_DRAFTS, () -> get(doc + "/notes"), true));
        t.put("POST /documents/{id}/notes", new Expectation(VIET_NAM_ONLY, () -> form(doc + "/notes", "party", "VNM", "body", "matrix note"), true));
        t.put("POST /documents", new Expectation(PEN_HOLDERS_OF_2024, () -> form("/documents", "kind", "DECLARATION", "framework", "ASEAN",
                "titleEn", "Matrix declaration", "classification", "RESTRICTED", "path", meetingId, "text", "One.")));
        t.put("POST /api/v1/documents", new Expectation(PEN_HOLDERS_OF_2024, () -> json(HttpMethod.POST, "/api/v1/documents",
                "{\"kind\":\"DECLARATION\",\"framework\":\"ASEAN\",\"title\":{\"en\":\"Matrix\"},\"classification\":\"RESTRICTED\","
                        + "\"path\":[\"" + meetingId + "\"],\"text\":\"One.\"}")));
        t.put("POST /documents/{id}/text", new Expectation(PEN_HOLDERS_OF_2024, () -> form(doc + "/text", "baseVersion",
                String.valueOf(currentDraftVersion()), "text", "Edited " + UUID.randomUUID()), true));
        t.put("POST /api/v1/documents/{id}/versions", new Expectation(PEN_HOLDERS_OF_2024, () -> json(HttpMethod.POST, api + "/versions",
                "{\"baseVersion\":" + currentDraftVersion() + ",\"text\":\"Edited " + UUID.randomUUID() + "\"}"), true));
        t.put("POST /documents/{id}/versions/{number}/restore", new Expectation(PEN_HOLDERS_OF_2024, () -> form(doc + "/versions/1/restore",
                "baseVersion", String.valueOf(currentDraftVersion())), true));
        t.put("POST /api/v1/documents/{id}/versions/{number}/restore", new Expectation(PEN_HOLDERS_OF_2024, () -> json(HttpMethod.POST,
                api + "/versions/1/restore", "{\"baseVersion\":" + currentDraftVersion() + "}"), true));
        t.put("POST /documents/{id}/amendments", new Expectation(SPEAKERS_FOR_VIET_NAM, () -> form(doc + "/amendments", "party", "VNM",
                "baseVersion", String.valueOf(currentDraftVersion()), "paragraph", "OP1", "operation", "DELETE", "reason", "matrix"), true));
        t.put("POST /api/v1/documents/{id}/amendments", new Expectation(SPEAKERS_FOR_VIET_NAM, () -> json(HttpMethod.POST, api + "/amendments",
                "{\"party\":\"VNM\",\"baseVersion\":" + currentDraftVersion() + ",\"paragraph\":\"OP1\",\"operation\":\"DELETE\",\"reason\":\"m\"}"), true));
        t.put("POST /documents/{id}/amendments/{amendment}/{outcome}", new Expectation(PEN_HOLDERS_OF_2024,
                () -> form(doc + "/amendments/" + freshAmendment() + "/reject"), true));
        t.put("POST /api/v1/documents/{id}/amendments/{amendment}/{outcome}", new Expectation(PEN_HOLDERS_OF_2024,
                () -> json(HttpMethod.POST, api + "/amendments/" + freshAmendment() + "/reject", "{}"), true));
        t.put("POST /documents/{id}/positions", new Expectation(SPEAKERS_FOR_VIET_NAM, () -> form(doc + "/positions", "meeting", meetingId,
                "party", "VNM", "position", "CONCURS"), true));
        t.put("POST /api/v1/documents/{id}/positions", new Expectation(SPEAKERS_FOR_VIET_NAM, () -> json(HttpMethod.POST, api + "/positions",
                "{\"meeting\":\"" + meetingId + "\",\"party\":\"VNM\",\"position\":\"CONCURS\"}"), true));
        t.put("POST /documents/{id}/decisions", new Expectation(PEN_HOLDERS_OF_2024, () -> form(doc + "/decisions", "meeting", meetingId,
                "decision", "DEFERRED", "version", String.valueOf(currentDraftVersion())), true));
        t.put("POST /api/v1/documents/{id}/decisions", new Expectation(PEN_HOLDERS_OF_2024, () -> json(HttpMethod.POST, api + "/decisions",
                "{\"meeting\":\"" + meetingId + "\",\"decision\":\"DEFERRED\",\"version\":" + currentDraftVersion() + "}"), true));
        String deadline = java.time.LocalDateTime.now().plusDays(2).withNano(0).toString();
        t.put("POST /documents/{id}/silences", new Expectation(PEN_HOLDERS_OF_2024, () -> form(silence + "/silences", "meeting", meetingId,
                "version", "1", "deadline", deadline, "zone", "Asia/Vientiane"), true));
        t.put("POST /api/v1/documents/{id}/silences", new Expectation(PEN_HOLDERS_OF_2024, () -> json(HttpMethod.POST, "/api/v1" + silence + "/silences",
                "{\"meeting\":\"" + meetingId + "\",\"version\":1,\"deadline\":\"" + deadline + "\",\"zone\":\"Asia/Vientiane\"}"), true));
        t.put("POST /documents/{id}/silences/break", new Expectation(SPEAKERS_FOR_VIET_NAM, () -> form(silence + "/silences/break",
                "party", "VNM", "reason", "matrix"), true));
        t.put("POST /api/v1/documents/{id}/silences/break", new Expectation(SPEAKERS_FOR_VIET_NAM, () -> json(HttpMethod.POST,
                "/api/v1" + silence + "/silences/break", "{\"party\":\"VNM\",\"reason\":\"matrix\"}"), true));
    }

    // --- documents record ---

    /** An ASEAN-only restricted draft of 2024 led by the Chair, whose record each allowed role revises in turn. */
    org.mufakat.documents.DocumentView recordDraft;

    private void documentRecordFixtures() {
        recordDraft = documentFixtures.document("ASEAN", org.mufakat.documents.Classification.RESTRICTED, List.of(documentMeeting));
    }

    private long currentRecordVersion() {
        return actor.asSystem("access-matrix", () -> documentRecords.get(recordDraft.id()).version());
    }

    private void documentRecordRows(Map<String, Expectation> t) {
        String doc = "/documents/" + recordDraft.id();
        String meetingId = documentMeeting.toString();
        t.put("GET /documents/{id}/record", new Expectation(PEN_HOLDERS_OF_2024, () -> get(doc + "/record"), true));
        t.put("POST /documents/{id}/record", new Expectation(PEN_HOLDERS_OF_2024, () -> form(doc + "/record", "version",
                String.valueOf(currentRecordVersion()), "titleEn", "Matrix record " + UUID.randomUUID(), "classification", "RESTRICTED",
                "path", meetingId), true));
        t.put("PUT /api/v1/documents/{id}", new Expectation(PEN_HOLDERS_OF_2024, () -> json(HttpMethod.PUT, "/api/v1" + doc,
                "{\"version\":" + currentRecordVersion() + ",\"title\":{\"en\":\"Matrix record " + UUID.randomUUID()
                        + "\"},\"classification\":\"RESTRICTED\",\"path\":[\"" + meetingId + "\"]}"), true));
    }

    /**
     * Each framework and classification: a document is read (page, API, lists) exactly by who sits at its table as a
     * member or participant at its date, the record keepers and the chair secretariats; by everyone once published and
     * public. To everyone else it does not exist (404, absent from lists).
     */
    @Test
    void documentsAreReadOnlyAtTheirFrameworksTableUnlessPublishedAndPublic() throws Exception {
        LocalDate day = LocalDate.of(2024, 12, 4);
        Set<Who> staff = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT, Who.CHAIR_2024, Who.CHAIR_2026);
        Map<org.mufakat.documents.DocumentView, Set<Who>> cases = new LinkedHashMap<>();
        cases.put(draft, READERS_OF_ASEAN_DRAFTS);
        cases.put(documentFixtures.document("APT", org.mufakat.documents.Classification.RESTRICTED,
                List.of(documentFixtures.meeting("APT SOM", day))), plus(staff, Who.VIET_NAM, Who.JAPAN));
        cases.put(documentFixtures.document("EAS", org.mufakat.documents.Classification.PUBLIC,
                List.of(documentFixtures.meeting("EAS SOM", day))), plus(staff, Who.VIET_NAM, Who.JAPAN));
        cases.put(documentFixtures.document("ARF", org.mufakat.documents.Classification.RESTRICTED,
                List.of(documentFixtures.meeting("ARF SOM", day))), plus(staff, Who.VIET_NAM, Who.JAPAN, Who.TIMOR_LESTE));
        cases.put(documentFixtures.adopted("ASEAN", org.mufakat.documents.Classification.PUBLIC, documentFixtures.meeting("SOM", day), day), EVERYONE);
        cases.put(documentFixtures.adopted("ASEAN", org.mufakat.documents.Classification.RESTRICTED, documentFixtures.meeting("SOM", day), day),
                READERS_OF_ASEAN_DRAFTS);
        List<String> unexpected = new ArrayList<>();
        for (var entry : cases.entrySet()) {
            var document = entry.getKey();
            for (Who who : Who.values()) {
                boolean reader = entry.getValue().contains(who);
                for (String path : List.of("/documents/" + document.id(), "/api/v1/documents/" + document.id(),
                        "/api/v1/documents/" + document.id() + "/versions/1")) {
                    int status = perform(get(path), who).getStatus();
                    if ((status == 200) != reader || (!reader && status != 404)) {
                        unexpected.add(document.symbol() + " " + path + " as " + who + ": " + status);
                    }
                }
                for (String list : List.of("/api/v1/documents?year=2024&framework=" + document.framework(), "/documents?year=2024",
                        "/meetings/" + document.path().getFirst() + "/documents")) {
                    boolean listed = perform(get(list), who).getContentAsString().contains(document.symbol());
                    if (listed != reader) {
                        unexpected.add(document.symbol() + " in " + list + " as " + who + ": " + (listed ? "LISTED" : "missing"));
                    }
                }
            }
        }
        assertThat(unexpected).isEmpty();
    }

    /** Positions of an ASEAN+3 draft: the member states see all of them, a partner only its own. */
    @Test
    void partnersSeeOnlyTheirOwnPositionMembersSeeAll() throws Exception {
        LocalDate day = LocalDate.of(2024, 12, 5);
        var meeting = documentFixtures.meeting("APT SOM", day);
        var document = documentFixtures.document("APT", org.mufakat.documents.Classification.RESTRICTED, List.of(meeting));
        documentFixtures.everyoneConcurs(document, meeting, day);
        String matrix = "/api/v1/documents/" + document.id() + "/positions";

        String asJapan = perform(get(matrix), Who.JAPAN).getContentAsString();
        String asVietNam = perform(get(matrix), Who.VIET_NAM).getContentAsString();

        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(asJapan, "$.rows[*].party")).containsExactly("JPN");
        assertThat(com.jayway.jsonpath.JsonPath.<Boolean>read(asJapan, "$.partial")).isTrue();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(asVietNam, "$.rows[*].party")).hasSize(13).contains("VNM", "JPN", "CHN");
        assertThat(com.jayway.jsonpath.JsonPath.<Boolean>read(asVietNam, "$.consensus")).isTrue();
    }

    private static Set<Who> plus(Set<Who> base, Who... more) {
        Set<Who> all = EnumSet.copyOf(base);
        all.addAll(List.of(more));
        return all;
    }

    private int currentDraftVersion() {
        return actor.asSystem("access-matrix", () -> documentRecords.get(draft.id()).currentVersion());
    }

    private String freshAmendment() {
        return actor.asSystem("access-matrix", () -> drafting.propose(new org.mufakat.documents.ProposeAmendment(draft.id(), PartyCode.of("VNM"),
                documentRecords.get(draft.id()).currentVersion(), "OP1", org.mufakat.documents.AmendmentOperation.DELETE, null, "matrix"))
                .id().toString());
    }

    // --- relations: fixtures ---
    static final Set<Who> RELATION_RECORDERS = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT);
    static final Set<Who> ADMITTERS = EnumSet.of(Who.ADMINISTRATOR, Who.ASEAN_SECRETARIAT);
    private static final AtomicInteger DECISION_YEAR = new AtomicInteger(2200);

    @Autowired
    org.mufakat.relations.MembershipRoadmaps roadmaps;

    String relationsRoadmap;

    @BeforeEach
    void relationsFixtures() {
        relationsRoadmap = roadmaps.all().stream().filter(r -> r.candidate().equals(PartyCode.of("TLS"))).findFirst()
                .orElseThrow().id().toString();
    }

    /** Each decision on its own days, so that none is refused for overlapping another. */
    private static int nextDecisionYear() {
        return DECISION_YEAR.incrementAndGet();
    }

    private MockHttpServletRequestBuilder currentRoadmapJson() {
        try {
            String current = mvc.perform(MockMvcRequestBuilders.get("/api/v1/roadmaps/" + relationsRoadmap)).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            return json(HttpMethod.PUT, "/api/v1/roadmaps/" + relationsRoadmap, current);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, Who who) throws Exception {
        if (who != Who.ANONYMOUS) {
            request.with(user(who.username).authorities(AuthorityUtils.createAuthorityList(who.authorities)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean refused(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        return status == 401 || status == 403 || (status / 100 == 3 && location != null && location.contains("/sign-in"));
    }

    private static String concrete(String pattern, String meeting, String delegation, String person) {
        String path = pattern
                .replace("/meetings/{id}", meeting).replace("/delegations/{id}", delegation).replace("/people/{id}", person)
                .replace("/frameworks/{code}", "/frameworks/EAS").replace("/series/{code}", "/series/AMM")
                .replace("{code}", "VNM").replace("{year}", "2024").replace("{token}", "not-a-link");
        return path.replace("/api/v1/meetings/", "/api/v1" + meeting.substring(0, 0) + "/meetings/");
    }

    private static MockHttpServletRequestBuilder get(String path) {
        String withQuery = switch (path) {
            case "/api/v1/series/AMM/next-ordinals" -> path + "?year=2040";
            case "/search", "/api/v1/search" -> path + "?q=Do+Hung+Viet"; // --- search ---
            default -> path;
        };
        return MockMvcRequestBuilders.get(withQuery);
    }

    private static MockHttpServletRequestBuilder form(String path, String... namesAndValues) {
        var request = MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    private static MockHttpServletRequestBuilder json(HttpMethod method, String path, String body) {
        return MockMvcRequestBuilders.request(method, path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder chairYear2024Form() {
        ChairYearDetails year = chairmanship.chairYear(2024).orElseThrow();
        List<String> fields = new ArrayList<>(List.of("chair", year.chair().value(), "themeEn", year.theme().en(),
                "themeVi", year.theme().vi(), "version", String.valueOf(year.version())));
        for (int i = 0; i < year.priorities().size(); i++) {
            var priority = year.priorities().get(i);
            fields.addAll(List.of("priorities[" + i + "].aEn", priority.cluster().en(), "priorities[" + i + "].aVi", priority.cluster().vi(),
                    "priorities[" + i + "].bEn", priority.text().en(), "priorities[" + i + "].bVi", priority.text().vi()));
        }
        for (int i = 0; i < year.initiatives().size(); i++) {
            var initiative = year.initiatives().get(i);
            fields.addAll(List.of("initiatives[" + i + "].aEn", initiative.title().en(), "initiatives[" + i + "].aVi", initiative.title().vi(),
                    "initiatives[" + i + "].bEn", initiative.description().en(), "initiatives[" + i + "].bVi", initiative.description().vi()));
        }
        return form("/chair-years/2024", fields.toArray(String[]::new));
    }

    private MockHttpServletRequestBuilder chairYear2024Json() {
        try {
            String current = mvc.perform(MockMvcRequestBuilders.get("/api/v1/chair-years/2024")).andReturn().getResponse().getContentAsString();
            return json(HttpMethod.PUT, "/api/v1/chair-years/2024", current);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long currentMeetingVersion() {
        return calendar.summary(meeting.id()).orElseThrow().version();
    }

    private long currentDelegationVersion() {
        return delegations.find(delegation.id()).orElseThrow().version();
    }

    private long currentPersonVersion() {
        return people.get(person.id()).version();
    }

    private static String nextDay() {
        return LocalDate.of(2024, 1, 1).plusDays(DAY.incrementAndGet() % 300).toString();
    }

    private static MeetingPlan som(LocalDate day) {
        return new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, null), null, MeetingFormat.ONLINE,
                null, null, null, null, null, null, Set.of());
    }

    // --- press ---

    /** A report of its own, of a SOM on that day of November 2024 (accepted ones on a day no other meeting has), imported as the system. */
    private ReportId pressReport(int day) {
        String text = pressText(day);
        return actor.asSystem("access-matrix", () -> {
            ImportOutcome outcome = pressIntake.importReport(IncomingReport.text(text, null, null));
            return outcome.report();
        });
    }

    private String pressVersion(ReportId report) {
        return String.valueOf(actor.asSystem("access-matrix", () -> pressReports.view(report).version()));
    }

    private static int nextPressDay() {
        return 1 + PRESS_DAY.incrementAndGet() % 28;
    }

    private static String pressText(int day) {
        return "Matrix report " + UUID.randomUUID() + "\n\nOn " + day + " November 2024, the ASEAN Senior Officials' Meeting (ASEAN SOM) "
                + "took place in person in Phu Quoc, Vietnam.\n\nThe officials discussed " + UUID.randomUUID() + " "
                + UUID.randomUUID() + " and agreed to meet again.";
    }
}
