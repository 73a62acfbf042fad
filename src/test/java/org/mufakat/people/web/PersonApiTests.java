package org.mufakat.people.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads the demo people; registers its own, each with a name of the test's own. */
class PersonApiTests extends ApiTestSupport {

    private static final String PEOPLE = "/api/v1/people";
    private static final String PERSON = "/api/v1/people/{id}";

    @Autowired
    private JdbcClient jdbc;

    @Test
    void findsPeopleIgnoringCaseAndDiacritics() throws Exception {
        get(PEOPLE + "?q={q}", "do hung viet")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Đỗ Hùng Việt')].party", hasItem("VNM")))
                .andExpect(jsonPath("$[?(@.name == 'Đỗ Hùng Việt')].titles[0].title.vi",
                        hasItem("Thứ trưởng Ngoại giao, Trưởng SOM ASEAN Việt Nam")));
        get(PEOPLE + "?q={q}", "ĐỖ HÙNG").andExpect(jsonPath("$[*].name", hasItem("Đỗ Hùng Việt")));
    }

    @Test
    void findsNobodyForAnEmptyQuery() throws Exception {
        get(PEOPLE).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void showsAPersonWithTheDelegationsTheyLed() throws Exception {
        String id = onlyOne("Đỗ Hùng Việt");
        int version = read(get(PERSON, id), "$.version");
        get(PERSON, id)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag(version)))
                .andExpect(jsonPath("$.name").value("Đỗ Hùng Việt"))
                .andExpect(jsonPath("$.appearances[?(@.startDate == '2024-07-25')].meetingTitle.en",
                        contains("57th ASEAN Foreign Ministers' Meeting")))
                .andExpect(jsonPath("$.appearances[?(@.startDate == '2024-07-25')].led", contains(true)))
                .andExpect(jsonPath("$.appearances[?(@.startDate == '2024-07-25')].capacity", contains("ON_AUTHORITY")))
                .andExpect(jsonPath("$.appearances[?(@.startDate == '2024-08-21')].party", contains("VNM", "VNM", "VNM")));
    }

    @Test
    void answersNotFoundForAnUnknownPersonAndBadRequestForAMalformedId() throws Exception {
        get(PERSON, UUID.randomUUID()).andExpect(problem(HttpStatus.NOT_FOUND));
        get(PERSON, "do-hung-viet").andExpect(unreadable("id"));
    }

    @Test
    void registersAPersonAndNamesThemInLocation() throws Exception {
        var created = post(PEOPLE, json(fields("name", "  Nguyễn   Thị Lan Anh ", "party", "VNM", "titles", List.of(
                fields("title", fields("en", "Ambassador", "vi", "Đại sứ"), "from", "2031-01-01", "to", "2034-12-31")))))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, etag(0)))
                .andExpect(jsonPath("$.name").value("Nguyễn Thị Lan Anh"))
                .andExpect(jsonPath("$.titles[0].from").value("2031-01-01"))
                .andExpect(jsonPath("$.version").value(0));
        String id = read(created, "$.id");
        assertThat(created.andReturn().getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/people/" + id);
        get(PERSON, id).andExpect(jsonPath("$.titles[0].title.vi").value("Đại sứ")).andExpect(jsonPath("$.appearances", hasSize(0)));
        get(PEOPLE + "?q={q}", "nguyen thi lan anh").andExpect(jsonPath("$[*].id", hasItem(id)));
    }

    @Test
    void refusesAPersonWithoutAName() throws Exception {
        post(PEOPLE, json(fields("name", "   ", "party", "VNM", "titles", List.of(fields("title", fields("en", "Nameless envoy"))))))
                .andExpect(ruleViolated("name", "person.name.required"));
        assertThat(jdbc.sql("select count(*) from person_title where title_en = 'Nameless envoy'").query(Integer.class).single()).isZero();
    }

    @Test
    void refusesAPersonOfAnUnknownOrMalformedParty() throws Exception {
        post(PEOPLE, json(fields("name", "Partyless Pham", "party", "XYZ"))).andExpect(ruleViolated("party", "person.party.unknown"));
        post(PEOPLE, json(fields("name", "Partyless Pham", "party", "Viet Nam"))).andExpect(ruleViolated("party", "input.code.malformed"));
        assertNobodyCalled("Partyless Pham");
    }

    @Test
    void refusesATitleThatEndsBeforeItStartsOrHasNoText() throws Exception {
        post(PEOPLE, json(fields("name", "Titled Tran", "titles", List.of(fields("title", fields("en", "Minister"),
                "from", "2035-01-01", "to", "2034-01-01")))))
                .andExpect(ruleViolated("titles[0]", "person.title.invalid"));
        post(PEOPLE, json(fields("name", "Titled Tran", "titles", List.of(fields("from", "2035-01-01")))))
                .andExpect(ruleViolated("titles[0]", "person.title.invalid"));
        assertNobodyCalled("Titled Tran");
    }

    @Test
    void refusesAMalformedBody() throws Exception {
        post(PEOPLE, "{\"name\": \"Broken Bui\"").andExpect(problem(HttpStatus.BAD_REQUEST));
        post(PEOPLE, json(fields("name", "Broken Bui", "titles", List.of(fields("title", fields("en", "Envoy"), "from", "in 2031")))))
                .andExpect(unreadable("titles[0].from"));
        post(PEOPLE, json(fields("name", List.of("Broken", "Bui")))).andExpect(unreadable("name"));
        assertNobodyCalled("Broken Bui");
    }

    @Test
    void revisesAPersonWithTheVersionInTheBodyOrAsIfMatch() throws Exception {
        String id = register("Revised Ramos");
        put(PERSON, json(fields("name", "Revised Ramos Jr", "party", "PHL", "version", 0)), id)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag(1)))
                .andExpect(jsonPath("$.name").value("Revised Ramos Jr"))
                .andExpect(jsonPath("$.party").value("PHL"));
        putIfMatch(etag(1), PERSON, json(fields("name", "Revised Ramos III", "party", "PHL")), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        get(PEOPLE + "?q={q}", "revised ramos iii").andExpect(jsonPath("$[*].id", hasItem(id)));
    }

    @Test
    void refusesARevisionThatDoesNotSayWhichVersionItEdits() throws Exception {
        String id = register("Unversioned Uy");
        put(PERSON, json(fields("name", "Someone Else")), id).andExpect(problem(HttpStatus.PRECONDITION_REQUIRED));
        get(PERSON, id).andExpect(jsonPath("$.name").value("Unversioned Uy")).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void refusesARevisionBasedOnAStaleVersionListingWhatChanged() throws Exception {
        String id = register("Stale Santos");
        put(PERSON, json(fields("name", "Stale Santos", "party", "PHL", "version", 0)), id).andExpect(status().isOk());
        put(PERSON, json(fields("name", "Fresh Santos", "version", 0)), id)
                .andExpect(problem(HttpStatus.CONFLICT))
                .andExpect(jsonPath("$.changes[*].field", contains("party")))
                .andExpect(jsonPath("$.changes[0].whenLoaded").doesNotExist())
                .andExpect(jsonPath("$.changes[0].now").value("PHL"));
        get(PERSON, id).andExpect(jsonPath("$.name").value("Stale Santos")).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void refusesARevisionThatBreaksARule() throws Exception {
        String id = register("Ruled Reyes");
        put(PERSON, json(fields("name", "", "version", 0)), id).andExpect(ruleViolated("name", "person.name.required"));
        put(PERSON, json(fields("name", "Ruled Reyes", "party", "XYZ", "version", 0)), id).andExpect(ruleViolated("party", "person.party.unknown"));
        get(PERSON, id).andExpect(jsonPath("$.party").doesNotExist()).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void answersNotFoundWhenRevisingAnUnknownPerson() throws Exception {
        put(PERSON, json(fields("name", "Nobody Nguyen", "version", 0)), UUID.randomUUID()).andExpect(problem(HttpStatus.NOT_FOUND));
        assertNobodyCalled("Nobody Nguyen");
    }

    private String register(String name) throws Exception {
        return read(post(PEOPLE, json(fields("name", name))).andExpect(status().isCreated()), "$.id");
    }

    private String onlyOne(String name) throws Exception {
        List<String> ids = read(get(PEOPLE + "?q={q}", name), "$[?(@.name == '" + name + "')].id");
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }

    private void assertNobodyCalled(String name) throws Exception {
        get(PEOPLE + "?q={q}", name).andExpect(status().isOk()).andExpect(jsonPath("$[*].name", not(hasItem(name))));
    }
}
