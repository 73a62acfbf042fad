package org.mufakat.search;

import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.documents.Classification;
import org.mufakat.documents.DocumentDecisions;
import org.mufakat.documents.DocumentDrafting;
import org.mufakat.documents.DocumentFixtures;
import org.mufakat.documents.DocumentKind;
import org.mufakat.documents.DocumentView;
import org.mufakat.documents.RegisterDocument;
import org.mufakat.documents.ReviseDocumentRecord;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A document's revised title is what search finds: the new one, in both languages, and the old one no longer. */
@SpringBootTest
@EnableScenarios
class DocumentRecordSearchTests {

    private static final Set<String> RECORD_KEEPER = Set.of("ASEAN_SECRETARIAT");

    @Autowired
    SiteSearch search;
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

    @Test
    void aRevisedTitleIsFoundAndTheOldOneNoLonger(Scenario scenario) {
        String before = madeUpWord();
        String after = madeUpWord();
        MeetingId som = new DocumentFixtures(calendar, drafting, decisions, organisation, actor).meeting("SOM", LocalDate.of(2049, 10, 6));
        AtomicReference<DocumentView> document = new AtomicReference<>();
        scenario.stimulate(() -> document.set(actor.asSystem("test", () -> drafting.register(new RegisterDocument(DocumentKind.JOINT_STATEMENT,
                        FrameworkCode.of("ASEAN"), LocalizedText.of("Statement on " + before, "Tuyên bố về " + before), null,
                        Classification.RESTRICTED, false, List.of(som), "", null)))))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> found(before), total -> total > 0)
                .andVerify(total -> assertThat(total).isEqualTo(1));

        scenario.stimulate(() -> actor.asSystem("test", () -> drafting.reviseRecord(new ReviseDocumentRecord(document.get().id(),
                        document.get().version(), LocalizedText.of("Statement on " + after, "Tuyên bố về " + after), null,
                        Classification.RESTRICTED, List.of(som)))))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> found(after), total -> total > 0)
                .andVerify(total -> assertThat(total).isEqualTo(1));

        assertThat(found(before)).isZero();
        SearchResults vietnamese = Actors.as("asec", RECORD_KEEPER,
                () -> search.search(new SearchQuery("Tuyen bo ve " + after, SearchKind.DOCUMENT, 5), Locale.forLanguageTag("vi")));
        assertThat(vietnamese.hits()).extracting(SearchHit::ref).containsExactly(document.get().id().toString());
    }

    /**
     * A word no text holds, unlike the "zq" words of other search tests: those look typo corrections up among the
     * index's words by trigrams, and words sharing their start could turn up there.
     */
    private static String madeUpWord() {
        StringBuilder word = new StringBuilder("wy");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private int found(String word) {
        return Actors.as("asec", RECORD_KEEPER, () -> search.search(new SearchQuery(word, SearchKind.DOCUMENT, 5), Locale.ENGLISH).total());
    }
}
