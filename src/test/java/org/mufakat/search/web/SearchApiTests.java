package org.mufakat.search.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/v1/search}: hits with escaped, marked titles and snippets; refusals as problem details. */
class SearchApiTests extends ApiTestSupport {

    private static final String SEARCH = "/api/v1/search";

    @Test
    void findsAPersonAndTheMeetingsTheyLedWithMarkedWords() throws Exception {
        get(SEARCH + "?q={q}", "Do Hung Viet")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("Do Hung Viet"))
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.hits[0].kind").value("person"))
                .andExpect(jsonPath("$.hits[0].title").value("Đỗ Hùng Việt"))
                .andExpect(jsonPath("$.hits[0].titleHtml").value("<mark>Đỗ</mark> <mark>Hùng</mark> <mark>Việt</mark>"))
                .andExpect(jsonPath("$.hits[0].url", startsWith("/people/")))
                .andExpect(jsonPath("$.hits[*].kind", hasItem("meeting")))
                .andExpect(jsonPath("$.totals.person").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.hits[?(@.kind == 'meeting')].snippetHtml", hasItem(containsString("<mark>Đỗ</mark> <mark>Hùng</mark> <mark>Việt</mark>"))));
    }

    @Test
    void narrowsToOneKindAndLimitsTheHits() throws Exception {
        get(SEARCH + "?q={q}&kind=meeting&limit=2", "Vientiane")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("meeting"))
                .andExpect(jsonPath("$.hits.length()").value(lessThanOrEqualTo(2)))
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.hits[*].kind", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("meeting"))));
    }

    @Test
    void answersInTheLanguageThatMatched() throws Exception {
        get(SEARCH + "?q={q}&kind=meeting", "Hoi nghi Bo truong Ngoai giao ASEAN lan thu 57")
                .andExpect(jsonPath("$.hits[0].language").value("vi"))
                .andExpect(jsonPath("$.hits[0].title").value("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57"));
    }

    @Test
    void refusesAnEmptyQuery() throws Exception {
        get(SEARCH).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://mufakat.org/problems/rule-violated"))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].code").value("search.query.empty"));
        getRaw(SEARCH + "?q=%20%20").andExpect(status().isUnprocessableContent());
    }

    @Test
    void refusesATooLongQuery() throws Exception {
        get(SEARCH + "?q={q}", "viet ".repeat(41)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("search.query.tooLong"));
    }

    @Test
    void refusesAQueryWithoutWords() throws Exception {
        get(SEARCH + "?q={q}", "%%% ''' ---").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("search.query.noWords"))
                .andExpect(jsonPath("$.detail", containsString("letters or digits")));
    }

    @Test
    void refusesAnUnknownKindAndALimitOutOfRange() throws Exception {
        get(SEARCH + "?q=viet&kind=secrets").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        get(SEARCH + "?q=viet&limit=1000").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        get(SEARCH + "?q=viet&limit=many").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        get("/api/v1/openapi").andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/search'].get.parameters[*].name", hasItem("q")))
                .andExpect(jsonPath("$.paths['/api/v1/search'].get.responses['422']").exists());
    }
}
