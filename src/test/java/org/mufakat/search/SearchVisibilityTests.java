package org.mufakat.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.organisation.FrameworkCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Restricted entries (an ASEAN-only draft, an APT paper) are found only by those the access policy lets read them;
 * for everyone else they are not there at all: not listed, not counted, through the service, the page and the API.
 * The entries are written straight into the index, as the documents module's source will write them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchVisibilityTests {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 25);

    @Autowired
    SiteSearch search;
    @Autowired
    IndexEntries entries;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MockMvc mvc;

    String word;

    @BeforeEach
    void entries() {
        word = SiteSearchTests.madeUpWord();
        transaction.executeWithoutResult(status -> {
            entries.put(entry("asean-draft", "Draft ASEAN-only declaration on " + word, Visibility.restrictedTo(FrameworkCode.of("ASEAN"), DAY)));
            entries.put(entry("apt-paper", "APT working paper on " + word, Visibility.restrictedTo(FrameworkCode.of("APT"), DAY)));
            entries.put(entry("adopted", "Adopted statement on " + word, Visibility.publicOf(FrameworkCode.of("ASEAN"), DAY)));
        });
    }

    @Test
    void thePublicFindsOnlyWhatIsPublicAndCountsNothingElse() {
        SearchResults results = Actors.anonymously(() -> search.search(SearchQuery.of(word), Locale.ENGLISH));

        assertThat(results.hits()).extracting(SearchHit::ref).containsExactly(ref("adopted"));
        assertThat(results.total()).isEqualTo(1);
        assertThat(results.totalsByKind()).containsEntry(SearchKind.DOCUMENT, 1);
    }

    @Test
    void aPartnerOfficerDoesNotFindAnAseanOnlyDraftButFindsThePapersOfItsOwnTable() {
        SearchResults results = Actors.as("jpn", Set.of("PARTNER_OFFICER:JPN"), () -> search.search(SearchQuery.of(word), Locale.ENGLISH));

        assertThat(results.hits()).extracting(SearchHit::ref).containsExactlyInAnyOrder(ref("adopted"), ref("apt-paper"));
        assertThat(results.total()).isEqualTo(2);
    }

    @Test
    void aMemberStateOfficerFindsTheAseanOnlyDraft() {
        SearchResults results = Actors.as("vnm", Set.of("DELEGATION_OFFICER:VNM"), () -> search.search(SearchQuery.of(word), Locale.ENGLISH));

        assertThat(results.hits()).extracting(SearchHit::ref).contains(ref("asean-draft"), ref("apt-paper"), ref("adopted"));
        assertThat(results.total()).isEqualTo(3);
    }

    @Test
    void aPartnerWhoseSeatBeganLaterDoesNotFindTheTablesEarlierPapers() {
        transaction.executeWithoutResult(status -> entries.put(entry("old-apt", "APT paper of 1990 on " + word,
                Visibility.restrictedTo(FrameworkCode.of("APT"), LocalDate.of(1990, 1, 1)))));

        SearchResults results = Actors.as("jpn", Set.of("PARTNER_OFFICER:JPN"), () -> search.search(SearchQuery.of(word), Locale.ENGLISH));

        assertThat(results.hits()).extracting(SearchHit::ref).doesNotContain(ref("old-apt"));
    }

    @Test
    void theApiNeitherListsNorCountsWhatThePartnerMayNotSee() throws Exception {
        String asJapan = mvc.perform(get("/api/v1/search").param("q", word)
                        .with(user("jpn").authorities(AuthorityUtils.createAuthorityList("PARTNER_OFFICER:JPN"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String asPublic = mvc.perform(get("/api/v1/search").param("q", word)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String asVietNam = mvc.perform(get("/api/v1/search").param("q", word)
                        .with(user("vnm").authorities(AuthorityUtils.createAuthorityList("DELEGATION_OFFICER:VNM"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(asJapan).doesNotContain("ASEAN-only").contains("\"total\":2");
        assertThat(asPublic).doesNotContain("ASEAN-only").doesNotContain("APT working").contains("\"total\":1");
        assertThat(asVietNam).contains("ASEAN-only").contains("\"total\":3");
    }

    @Test
    void thePageNeitherListsNorCountsWhatThePublicMayNotSee() throws Exception {
        String page = mvc.perform(get("/search").param("q", word)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Adopted statement").doesNotContain("ASEAN-only").doesNotContain("APT working").contains("One result");
    }

    private String ref(String name) {
        return name + "-" + word;
    }

    private IndexEntry entry(String name, String title, Visibility visibility) {
        return new IndexEntry(SearchKind.DOCUMENT, ref(name), "en", title, "A paper of the " + visibility.framework() + " table.",
                "/documents/" + ref(name), visibility.date(), visibility);
    }
}
