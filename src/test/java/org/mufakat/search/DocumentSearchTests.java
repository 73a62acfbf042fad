package org.mufakat.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo's outcome documents are found as their readers may read them: the restricted ASEAN-only draft "ASEAN
 * Leaders' Statement on Digital Transformation" by a member state's officer, never by a partner's officer or the public,
 * through the service, the page and the API; the public declaration by everyone, in Vietnamese too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentSearchTests {

    private static final String DRAFT = "ASEAN Leaders' Statement on Digital Transformation";

    @Autowired
    SiteSearch search;
    @Autowired
    MockMvc mvc;

    @Test
    void aMemberStateOfficerFindsTheAseanOnlyDraft() {
        SearchResults results = Actors.as("vnm", Set.of("DELEGATION_OFFICER:VNM"),
                () -> search.search(new SearchQuery("digital transformation", SearchKind.DOCUMENT, 10), Locale.ENGLISH));

        assertThat(results.hits()).extracting(hit -> hit.title().text()).contains(DRAFT);
        assertThat(results.hits().getFirst().title().marked()).containsExactly("Digital", "Transformation");
    }

    @Test
    void aPartnerOfficerAndThePublicDoNotFindItNorCountIt() {
        for (Set<String> grants : java.util.List.of(Set.of("PARTNER_OFFICER:JPN"), Set.<String>of())) {
            SearchResults results = Actors.as("jpn", grants,
                    () -> search.search(new SearchQuery("digital transformation", null, 50), Locale.ENGLISH));

            assertThat(results.hits()).extracting(hit -> hit.title().text()).as(grants.toString()).doesNotContain(DRAFT);
            assertThat(results.totalsByKind()).as(grants.toString()).doesNotContainKey(SearchKind.DOCUMENT);
        }
    }

    @Test
    void neitherThePageNorTheApiShowItToAPartner() throws Exception {
        String api = mvc.perform(get("/api/v1/search").param("q", "Leaders Statement Digital")
                        .with(user("jpn").authorities(AuthorityUtils.createAuthorityList("PARTNER_OFFICER:JPN"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String page = mvc.perform(get("/search").param("q", "Chuyen doi so").param("lang", "vi"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String asMember = mvc.perform(get("/api/v1/search").param("q", "Leaders Statement Digital")
                        .with(user("vnm").authorities(AuthorityUtils.createAuthorityList("DELEGATION_OFFICER:VNM"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(api).doesNotContain("Digital Transformation");
        assertThat(page).doesNotContain("Chuyển đổi số");
        assertThat(asMember).contains("Digital Transformation");
    }

    @Test
    void everyoneFindsThePublicDeclarationInEitherLanguage() {
        SearchResults results = Actors.anonymously(
                () -> search.search(new SearchQuery("Tuyen bo Vieng Chan ket noi", SearchKind.DOCUMENT, 10), Locale.forLanguageTag("vi")));

        assertThat(results.hits()).extracting(hit -> hit.title().text()).contains("Tuyên bố Viêng Chăn về Tăng cường Kết nối và Tự cường");
    }
}
