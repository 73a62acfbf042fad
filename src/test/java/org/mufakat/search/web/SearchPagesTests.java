package org.mufakat.search.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The search page, its htmx fragments, the search box in every page's header, and the administrators' rebuild. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theFormWorksWithoutJavaScriptAndMarksTheMatchedWords() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/search").param("q", "Do Hung Viet")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<form class=\"filters card\" method=\"get\" action=\"/search\"");
        assertThat(page).contains("<mark>Đỗ</mark> <mark>Hùng</mark> <mark>Việt</mark>");
        assertThat(page).contains("hx-trigger=\"keyup changed delay:300ms\"");
        assertThat(page).contains("57th ASEAN Foreign Ministers");
    }

    @Test
    void htmxGetsTheResultsAloneAndTheHeaderBoxAShortList() throws Exception {
        String results = mvc.perform(get("/search").param("q", "Do Hung Viet").header("HX-Request", "true").header("HX-Target", "search-results"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(results).startsWith("<section id=\"search-results\"").doesNotContain("<header");
        assertThat(results).contains("<mark>Đỗ</mark>");

        String live = mvc.perform(get("/search").param("q", "Vientiane").header("HX-Request", "true").header("HX-Target", "search-live"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(live).startsWith("<div class=\"live-hits\"").contains("East Asia Summit");
        assertThat(live.split("<li>").length - 1).isLessThanOrEqualTo(SearchPages.LIVE_LIMIT + 1);
    }

    @Test
    void everyPageHasTheSearchBoxInItsHeader() throws Exception {
        String home = mvc.perform(get("/calendar")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(home).contains("class=\"site-search\"").contains("hx-target=\"#search-live\"").contains("action=\"/search\"");
    }

    @Test
    void aQueryWithoutWordsIsExplainedOnThePage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/search").param("q", "!!!")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Search for words: letters or digits.");
        MockHttpServletResponse vietnamese = mvc.perform(get("/search").param("q", "x".repeat(300)).param("lang", "vi")).andReturn().getResponse();
        assertThat(vietnamese.getContentAsString(StandardCharsets.UTF_8)).contains("Chỉ tìm tối đa 200 ký tự.");
    }

    @Test
    void hostileTextInTheQueryStaysText() throws Exception {
        String page = mvc.perform(get("/search").param("q", "<script>alert(1)</script> viet")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; viet");
    }

    @Test
    void anEmptyQueryShowsAHintNotAnError() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/search")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Type a name, a meeting").doesNotContain("role=\"alert\"");
    }

    @Test
    void anAdministratorRebuildsTheIndexFromThePage() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/admin/search/rebuild").with(csrf())
                .with(user("admin").authorities(AuthorityUtils.createAuthorityList("ADMINISTRATOR")))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/search");
        assertThat(mvc.perform(get("/search").param("q", "Do Hung Viet")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<mark>Đỗ</mark>");
    }

    @Test
    void nobodyElseRebuildsIt() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/admin/search/rebuild").with(csrf())
                .with(user("asec").authorities(AuthorityUtils.createAuthorityList("ASEAN_SECRETARIAT")))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }
}
