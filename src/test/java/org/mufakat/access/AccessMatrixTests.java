package org.mufakat.access;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.chair.ChairYearDetails;
import org.mufakat.chair.Chairmanship;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
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

    record Expectation(Set<Who> allowed, Supplier<MockHttpServletRequestBuilder> request) {
    }

    private static final AtomicInteger DAY = new AtomicInteger();

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

    MeetingSummary meeting;
    DelegationDetails delegation;
    PersonDetails person;

    @BeforeEach
    void fixtures() {
        actor.asSystem("access-matrix", () -> {
            meeting = calendar.schedule(som(LocalDate.of(2024, 12, 2)));
            delegation = delegations.register(new RegisterDelegation(meeting.id(), PartyCode.of("VNM"), null, List.of()));
            person = people.register(RegisterPerson.newPerson("Matrix Person " + UUID.randomUUID(), PartyCode.of("VNM"), List.of()));
        });
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
                boolean allowed = !refused(response);
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
        // --- search ---
        t.put("GET /search", new Expectation(EVERYONE, () -> get("/search")));
        t.put("GET /api/v1/search", new Expectation(EVERYONE, () -> get("/api/v1/search")));
        t.put("POST /admin/search/rebuild", new Expectation(ADMINISTRATORS, () -> form("/admin/search/rebuild")));
        return t;
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, Who who) throws Exception {
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
}
