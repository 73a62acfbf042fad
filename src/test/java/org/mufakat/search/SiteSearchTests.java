package org.mufakat.search;

import org.junit.jupiter.api.Test;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.HeadOfDelegation;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.RegisterDelegation;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.notes.DelegationNotes;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.DatedTitle;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.RegisterPerson;
import org.mufakat.platform.domain.AccessRefused;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.Period;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Search over the record as the other modules change it: what is found, in which order, with which words marked, and
 * how the index follows a revised meeting. Names carry a made-up word of their own so that no other test's data
 * interferes; the demo data (Đỗ Hùng Việt and the 2024 meetings) is indexed at start-up.
 */
@AsRecordKeeper
@SpringBootTest
@EnableScenarios
class SiteSearchTests {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    SiteSearch search;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DelegationRegister delegations;
    @Autowired
    PersonDirectory people;
    @Autowired
    DelegationNotes notes;

    @Test
    void findsAVietnameseNameTypedWithOrWithoutDiacriticsInAnyCase() {
        for (String typed : List.of("Đỗ Hùng Việt", "Do Hung Viet", "do hung viet", "DO HUNG VIET", "đỗ hùng")) {
            SearchResults results = search.search(new SearchQuery(typed, SearchKind.PERSON, 5), ENGLISH);
            assertThat(results.hits()).as(typed).isNotEmpty();
            assertThat(results.hits().getFirst().title().text()).as(typed).isEqualTo("Đỗ Hùng Việt");
            assertThat(results.hits().getFirst().title().marked()).as(typed).contains("Đỗ", "Hùng");
        }
    }

    @Test
    void theLastWordIsAPrefixWhileTyping() {
        SearchResults results = search.search(new SearchQuery("Do Hung Vi", SearchKind.PERSON, 5), ENGLISH);

        assertThat(results.hits()).extracting(hit -> hit.title().text()).contains("Đỗ Hùng Việt");
        assertThat(results.hits().getFirst().title().marked()).containsExactly("Đỗ", "Hùng", "Việt");
    }

    @Test
    void findsTheMeetingsAPersonLedByTheirName() {
        SearchResults results = search.search(new SearchQuery("Do Hung Viet", SearchKind.MEETING, 20), ENGLISH);

        assertThat(results.hits()).extracting(hit -> hit.title().text()).contains("57th ASEAN Foreign Ministers' Meeting");
        SearchHit amm = results.hits().stream().filter(hit -> hit.title().text().startsWith("57th ASEAN Foreign")).findFirst().orElseThrow();
        assertThat(amm.snippet().marked()).containsSubsequence("Đỗ", "Hùng", "Việt");
        assertThat(amm.url()).startsWith("/meetings/");
    }

    @Test
    void findsMeetingsByTheVietnameseNamesOfTheirPlaceAndSeries() {
        SearchResults byCity = search.search(new SearchQuery("Vieng Chan", SearchKind.MEETING, 50), VIETNAMESE);
        assertThat(byCity.hits()).extracting(hit -> hit.title().text()).contains("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57");
        assertThat(byCity.hits().getFirst().language()).isEqualTo("vi");
        assertThat(byCity.hits().getFirst().snippet().marked()).containsExactly("Viêng", "Chăn");

        SearchResults byCountry = search.search(new SearchQuery("Lào 2024 ngoại giao", SearchKind.MEETING, 50), VIETNAMESE);
        assertThat(byCountry.hits()).extracting(hit -> hit.title().text()).contains("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57");

        SearchResults inEnglish = search.search(new SearchQuery("57th Foreign Ministers Vientiane", null, 10), ENGLISH);
        assertThat(inEnglish.hits().getFirst().title().text()).isEqualTo("57th ASEAN Foreign Ministers' Meeting");
    }

    @Test
    void anExactTitleRanksBeforeAPassingMention() {
        String word = madeUpWord();
        PersonDetails person = people.register(RegisterPerson.newPerson("Trần " + word, PartyCode.of("VNM"), List.of()));
        MeetingSummary mentioning = calendar.schedule(plan(LocalDate.of(2046, 3, 2), "Meeting on the letters of Trần " + word + " and others"));
        refreshAll(person, mentioning);

        SearchResults results = search.search(new SearchQuery("Tran " + word, null, 10), ENGLISH);

        assertThat(results.hits()).extracting(SearchHit::ref).containsExactly(person.id().toString(), mentioning.id().toString());
        assertThat(results.hits().get(0).score()).isGreaterThan(results.hits().get(1).score());
    }

    @Test
    void forgivesATypoInAName() {
        SearchResults results = search.search(new SearchQuery("Do Hugn Viet", SearchKind.PERSON, 5), ENGLISH);

        assertThat(results.hits()).extracting(hit -> hit.title().text()).contains("Đỗ Hùng Việt");
        SearchResults misspelt = search.search(new SearchQuery("Vientaine", SearchKind.MEETING, 5), ENGLISH);
        assertThat(misspelt.hits()).isNotEmpty();
        assertThat(misspelt.hits().getFirst().snippet().marked()).contains("Vientiane");
    }

    @Test
    void aRevisedMeetingIsFoundByItsNewWordsAndNoLongerByItsOldOnes(Scenario scenario) {
        String before = madeUpWord();
        String after = madeUpWord();
        MeetingSummary meeting = calendar.schedule(plan(LocalDate.of(2046, 5, 4), "Retreat on " + before));
        scenario.stimulate(() -> meeting)
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> search.search(SearchQuery.of(before), ENGLISH).total(), total -> total == 1)
                .andVerify(total -> assertThat(search.search(SearchQuery.of(after), ENGLISH).total()).isZero());

        scenario.stimulate(() -> calendar.revise(meeting.id(), plan(LocalDate.of(2046, 5, 4), "Retreat on " + after), meeting.version()))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> search.search(SearchQuery.of(after), ENGLISH).hits(), hits -> !hits.isEmpty())
                .andVerify(hits -> {
                    assertThat(hits).extracting(SearchHit::ref).containsExactly(meeting.id().toString());
                    assertThat(hits.getFirst().title().marked()).containsExactly(after);
                    assertThat(search.search(SearchQuery.of(before), ENGLISH).total()).isZero();
                });
    }

    @Test
    void aNewHeadOfDelegationMakesTheMeetingFoundByTheirName(Scenario scenario) {
        String word = madeUpWord();
        MeetingSummary meeting = calendar.schedule(plan(LocalDate.of(2046, 6, 8), null));
        PersonDetails head = people.register(RegisterPerson.newPerson("Lê " + word, PartyCode.of("VNM"),
                List.of(new DatedTitle(Period.always(), LocalizedText.of("Ambassador", "Đại sứ")))));

        scenario.stimulate(() -> delegations.register(new RegisterDelegation(meeting.id(), PartyCode.of("VNM"),
                        new HeadOfDelegation(head.id(), null, LeadCapacity.OWN_RIGHT, null), List.of())))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> search.search(new SearchQuery("Le " + word, SearchKind.MEETING, 5), ENGLISH).hits(),
                        hits -> !hits.isEmpty())
                .andVerify(hits -> assertThat(hits.getFirst().ref()).isEqualTo(meeting.id().toString()));
    }

    @Test
    void rebuildingIndexesWhatIsOnRecordAgain() {
        String word = madeUpWord();
        PersonDetails person = people.register(RegisterPerson.newPerson("Phạm " + word, PartyCode.of("VNM"), List.of()));

        int entries = rebuild();

        assertThat(entries).isGreaterThan(2 * 30);
        assertThat(search.search(SearchQuery.of("Pham " + word), ENGLISH).hits()).extracting(SearchHit::ref)
                .containsExactly(person.id().toString());
        assertThat(search.search(SearchQuery.of("Do Hung Viet"), ENGLISH).total()).isGreaterThan(1);
        assertThat(search.needsRebuild()).isFalse();
    }

    @Test
    void onlyAdministratorsRebuild() {
        assertThatThrownBy(() -> search.rebuild()).isInstanceOf(AccessRefused.class);
    }

    @Test
    void delegationPrivateNotesAreNeverFound() {
        String word = madeUpWord();
        MeetingSummary meeting = calendar.schedule(plan(LocalDate.of(2046, 7, 9), null));
        Actors.as("vnm", Set.of("DELEGATION_OFFICER:VNM"), () -> notes.write(meeting.id(), PartyCode.of("VNM"), "Our line: " + word));

        rebuild();

        assertThat(search.search(SearchQuery.of(word), ENGLISH).total()).isZero();
        assertThat(Actors.as("vnm", Set.of("DELEGATION_OFFICER:VNM"), () -> search.search(SearchQuery.of(word), ENGLISH).total())).isZero();
    }

    @Test
    void refusesQueriesWithoutWords() {
        assertThatThrownBy(() -> SearchQuery.of("   ")).isInstanceOf(RuleViolation.class).hasMessageContaining("Type what");
        assertThatThrownBy(() -> SearchQuery.of("!!! ??? ...")).isInstanceOf(RuleViolation.class).hasMessageContaining("letters or digits");
        assertThatThrownBy(() -> SearchQuery.of("x".repeat(201))).isInstanceOf(RuleViolation.class).hasMessageContaining("at most 200");
        assertThatThrownBy(() -> new SearchQuery("viet", null, 0)).isInstanceOf(RuleViolation.class);
    }

    private void refreshAll(PersonDetails person, MeetingSummary meeting) {
        // The listeners index them too, asynchronously; a rebuild makes this test independent of their timing.
        rebuild();
    }

    private int rebuild() {
        return Actors.as("admin", Set.of("ADMINISTRATOR"), search::rebuild);
    }

    static String madeUpWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private static MeetingPlan plan(LocalDate day, String title) {
        return new MeetingPlan(new SeriesCode("SOM"), null, null, title == null ? null : LocalizedText.english(title),
                new MeetingDates(day, null), null, MeetingFormat.ONLINE, null, null, null, null, null, null, Set.of());
    }
}
