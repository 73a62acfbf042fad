package org.mufakat.meetings.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each test registers delegations to an ASEAN SOM of its own, scheduled in 2040. */
class DelegationApiTests extends ApiTestSupport {

    private static final String DELEGATIONS = "/api/v1/meetings/{id}/delegations";
    private static final String DELEGATION = "/api/v1/delegations/{id}";

    private static int day = 0;

    private String meeting;
    private String doHungViet;
    private String buiThanhSon;
    private String vuHo;

    @BeforeEach
    void scheduleAMeetingOfTheTestsOwn() throws Exception {
        String date = java.time.LocalDate.of(2040, 1, 1).plusDays(day++).toString();
        meeting = read(post("/api/v1/meetings", json(fields("series", "SOM", "startDate", date, "format", "ONLINE")))
                .andExpect(status().isCreated()), "$.id");
        doHungViet = person("Đỗ Hùng Việt");
        buiThanhSon = person("Bùi Thanh Sơn");
        vuHo = person("Vũ Hồ");
    }

    @Test
    void registersADelegationAndNamesItInLocation() throws Exception {
        var created = post(DELEGATIONS, json(fields("party", "VNM", "head", fields("person", doHungViet),
                "members", List.of(fields("person", vuHo, "role", fields("en", "Acting SOM Leader", "vi", "Quyền trưởng SOM"))))), meeting)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, etag(0)))
                .andExpect(jsonPath("$.meeting").value(meeting))
                .andExpect(jsonPath("$.party").value("VNM"))
                .andExpect(jsonPath("$.head.name").value("Đỗ Hùng Việt"))
                .andExpect(jsonPath("$.head.capacity").value("OWN_RIGHT"))
                .andExpect(jsonPath("$.head.title.en").value("Deputy Minister of Foreign Affairs, Head of ASEAN SOM Viet Nam"))
                .andExpect(jsonPath("$.members[0].name").value("Vũ Hồ"))
                .andExpect(jsonPath("$.members[0].role.vi").value("Quyền trưởng SOM"))
                .andExpect(jsonPath("$.version").value(0));
        String id = read(created, "$.id");
        assertThat(created.andReturn().getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/delegations/" + id);
        get(DELEGATION, id).andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, etag(0)))
                .andExpect(jsonPath("$.head.person").value(doHungViet));
        get(DELEGATIONS, meeting).andExpect(jsonPath("$[*].id", contains(id)));
        get("/api/v1/meetings/{id}", meeting).andExpect(jsonPath("$.delegations[*].id", contains(id)));
    }

    @Test
    void registersAHeadLeadingOnAMinistersAuthority() throws Exception {
        post(DELEGATIONS, json(fields("party", "VNM", "head", fields("person", doHungViet, "capacity", "ON_AUTHORITY",
                "authorisedBy", buiThanhSon, "title", fields("en", "Deputy Minister, on the Minister's authority")))), meeting)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.head.capacity").value("ON_AUTHORITY"))
                .andExpect(jsonPath("$.head.authorisedBy").value(buiThanhSon))
                .andExpect(jsonPath("$.head.authorisedByName").value("Bùi Thanh Sơn"))
                .andExpect(jsonPath("$.head.title.en").value("Deputy Minister, on the Minister's authority"));
    }

    @Test
    void registersADelegationWhoseHeadIsNotYetKnown() throws Exception {
        post(DELEGATIONS, json(fields("party", "ASEC")), meeting)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.head").doesNotExist())
                .andExpect(jsonPath("$.members", hasSize(0)));
    }

    @Test
    void refusesAPartyNotAtTheFrameworksTable() throws Exception {
        post(DELEGATIONS, json(fields("party", "USA", "head", fields("person", doHungViet))), meeting)
                .andExpect(ruleViolated("party", "delegation.party.notAtTable"));
        assertNoDelegations();
    }

    @Test
    void refusesAnUnknownMalformedOrMissingParty() throws Exception {
        post(DELEGATIONS, json(fields("party", "XYZ")), meeting).andExpect(ruleViolated("party", "delegation.party.unknown"));
        post(DELEGATIONS, json(fields("party", "Viet Nam")), meeting).andExpect(ruleViolated("party", "input.code.malformed"));
        post(DELEGATIONS, json(fields("members", List.of())), meeting).andExpect(ruleViolated("party", "delegation.party.required"));
        assertNoDelegations();
    }

    @Test
    void refusesPeopleWhoAreNotOnRecord() throws Exception {
        post(DELEGATIONS, json(fields("party", "VNM", "head", fields("person", UUID.randomUUID()))), meeting)
                .andExpect(ruleViolated("head", "delegation.person.unknown"));
        post(DELEGATIONS, json(fields("party", "VNM", "head", fields("person", doHungViet),
                "members", List.of(fields("person", UUID.randomUUID())))), meeting)
                .andExpect(ruleViolated("members[0]", "delegation.person.unknown"));
        assertNoDelegations();
    }

    @Test
    void refusesASecondDelegationOfTheSameParty() throws Exception {
        post(DELEGATIONS, json(fields("party", "VNM", "head", fields("person", doHungViet))), meeting).andExpect(status().isCreated());
        post(DELEGATIONS, json(fields("party", "VNM", "head", fields("person", vuHo))), meeting)
                .andExpect(ruleViolated("party", "delegation.party.alreadyRegistered"));
        get(DELEGATIONS, meeting).andExpect(jsonPath("$[*].head.name", contains("Đỗ Hùng Việt")));
    }

    @Test
    void refusesAHeadOfDelegationThatBreaksTheRulesOfLeading() throws Exception {
        post(DELEGATIONS, json(fields("party", "VNM", "head", fields("person", doHungViet, "capacity", "ON_AUTHORITY"))), meeting)
                .andExpect(ruleViolated("authorisedBy", "delegation.head.authorityRequired"));
        post(DELEGATIONS, json(fields("party", "VNM", "head", fields("capacity", "ACTING"))), meeting)
                .andExpect(ruleViolated("head", "delegation.head.required"));
        post(DELEGATIONS, json(fields("party", "VNM", "head", fields("person", doHungViet),
                "members", List.of(fields("person", doHungViet)))), meeting)
                .andExpect(ruleViolated("members", "delegation.members.repeated"));
        post(DELEGATIONS, json(fields("party", "VNM", "members", List.of(fields("role", fields("en", "Adviser"))))), meeting)
                .andExpect(ruleViolated("members[0]", "delegation.member.personRequired"));
        assertNoDelegations();
    }

    @Test
    void refusesAMalformedBody() throws Exception {
        post(DELEGATIONS, "{\"party\": \"VNM\"", meeting).andExpect(problem(HttpStatus.BAD_REQUEST));
        post(DELEGATIONS, json(fields("party", "VNM", "head", fields("person", doHungViet, "capacity", "HONORARY"))), meeting)
                .andExpect(unreadable("head.capacity"));
        post(DELEGATIONS, json(fields("party", "VNM", "members", List.of(fields("person", "Vũ Hồ")))), meeting)
                .andExpect(unreadable("members[0].person"));
        assertNoDelegations();
    }

    @Test
    void answersNotFoundForAnUnknownMeetingOrDelegation() throws Exception {
        UUID unknown = UUID.randomUUID();
        get(DELEGATIONS, unknown).andExpect(problem(HttpStatus.NOT_FOUND));
        post(DELEGATIONS, json(fields("party", "VNM")), unknown).andExpect(problem(HttpStatus.NOT_FOUND));
        get(DELEGATION, unknown).andExpect(problem(HttpStatus.NOT_FOUND));
        put(DELEGATION, json(fields("members", List.of(), "version", 0)), unknown).andExpect(problem(HttpStatus.NOT_FOUND));
        get(DELEGATION, "vietnam").andExpect(unreadable("id"));
    }

    @Test
    void recomposesADelegationWithTheVersionInTheBody() throws Exception {
        String id = register();
        put(DELEGATION, json(fields("head", fields("person", doHungViet), "members", List.of(fields("person", vuHo)), "version", 0)), id)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag(1)))
                .andExpect(jsonPath("$.party").value("VNM"))
                .andExpect(jsonPath("$.members[*].name", contains("Vũ Hồ")))
                .andExpect(jsonPath("$.version").value(1));
        get(DELEGATION, id).andExpect(jsonPath("$.members[*].name", contains("Vũ Hồ")));
    }

    @Test
    void recomposesADelegationWithTheVersionAsIfMatch() throws Exception {
        String id = register();
        putIfMatch(etag(0), DELEGATION, json(fields("party", "VNM", "head", fields("person", vuHo, "capacity", "ACTING"))), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.head.name").value("Vũ Hồ"))
                .andExpect(jsonPath("$.head.capacity").value("ACTING"));
    }

    @Test
    void refusesARecompositionThatDoesNotSayWhichVersionItEdits() throws Exception {
        String id = register();
        put(DELEGATION, json(fields("head", fields("person", vuHo))), id).andExpect(problem(HttpStatus.PRECONDITION_REQUIRED));
        assertHeadIs(id, "Đỗ Hùng Việt", 0);
    }

    @Test
    void refusesARecompositionBasedOnAStaleVersionListingWhatChanged() throws Exception {
        String id = register();
        put(DELEGATION, json(fields("head", fields("person", doHungViet), "members", List.of(fields("person", vuHo)), "version", 0)), id)
                .andExpect(status().isOk());
        put(DELEGATION, json(fields("head", fields("person", buiThanhSon), "version", 0)), id)
                .andExpect(problem(HttpStatus.CONFLICT))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changes[*].field", contains("members[0]")))
                .andExpect(jsonPath("$.changes[0].whenLoaded").doesNotExist())
                .andExpect(jsonPath("$.changes[0].now").value("Vũ Hồ"));
        assertHeadIs(id, "Đỗ Hùng Việt", 1);
    }

    @Test
    void refusesToMoveADelegationToAnotherParty() throws Exception {
        String id = register();
        put(DELEGATION, json(fields("party", "LAO", "head", fields("person", vuHo), "version", 0)), id)
                .andExpect(ruleViolated("party", "delegation.identity.fixed"));
        assertHeadIs(id, "Đỗ Hùng Việt", 0);
    }

    @Test
    void refusesARecompositionWithSomeoneNotOnRecord() throws Exception {
        String id = register();
        put(DELEGATION, json(fields("head", fields("person", UUID.randomUUID()), "version", 0)), id)
                .andExpect(ruleViolated("head", "delegation.person.unknown"));
        assertHeadIs(id, "Đỗ Hùng Việt", 0);
    }

    private String register() throws Exception {
        return read(post(DELEGATIONS, json(fields("party", "VNM", "head", fields("person", doHungViet))), meeting)
                .andExpect(status().isCreated()), "$.id");
    }

    /** A person of the demo data, by their exact name. */
    private String person(String name) throws Exception {
        List<String> found = read(get("/api/v1/people?q={q}", name), "$[?(@.name == '" + name + "')].id");
        assertThat(found).isNotEmpty();
        return found.getFirst();
    }

    private void assertNoDelegations() throws Exception {
        get(DELEGATIONS, meeting).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    private void assertHeadIs(String id, String name, int version) throws Exception {
        get(DELEGATION, id).andExpect(jsonPath("$.head.name").value(name)).andExpect(jsonPath("$.version").value(version));
    }
}
