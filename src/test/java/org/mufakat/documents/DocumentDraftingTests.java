package org.mufakat.documents;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@AsRecordKeeper
class DocumentDraftingTests {

    static final LocalDate DAY = LocalDate.of(2045, 3, 10);

    @Autowired
    DocumentDrafting drafting;
    @Autowired
    DocumentRecords records;
    @Autowired
    DocumentDecisions decisions;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    Organisation organisation;
    @Autowired
    CurrentActor actor;
    @Autowired
    Revisions revisions;

    DocumentFixtures fixtures;
    MeetingId som;
    MeetingId retreat;

    @BeforeEach
    void meetings() {
        fixtures = new DocumentFixtures(calendar, drafting, decisions, organisation, actor);
        som = fixtures.meeting("SOM", DAY);
        retreat = fixtures.meeting("AMM Retreat", DAY.plusDays(30));
    }

    @Test
    void registeringAllocatesAReadableSymbolAndKeepsThePath() {
        DocumentView document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som, retreat));

        assertThat(document.symbol()).matches("ASEAN/2045/DECL/\\d+");
        assertThat(document.currentVersion()).isEqualTo(1);
        assertThat(records.get(document.id()).path()).containsExactly(som, retreat);
        assertThat(records.journey(document.id())).extracting(s -> s.meeting().id()).containsExactly(som, retreat);
        assertThat(records.journey(document.id()).getFirst().current()).isTrue();
    }

    @Test
    void tenRegistrationsAtOnceGetTenDifferentSymbols() throws Exception {
        SecurityContext context = SecurityContextHolder.getContext();
        List<Callable<String>> registrations = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 10; i++) {
            registrations.add(() -> {
                SecurityContextHolder.setContext(context);
                start.await();
                return drafting.register(new RegisterDocument(DocumentKind.ROADMAP, FrameworkCode.of("ASEAN"), LocalizedText.english("Roadmap"),
                        null, Classification.PUBLIC, false, List.of(som), "", null)).symbol();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> futures = new ArrayList<>();
            registrations.forEach(r -> futures.add(pool.submit(r)));
            start.countDown();
            Set<String> symbols = new HashSet<>();
            for (Future<String> future : futures) {
                symbols.add(future.get());
            }
            assertThat(symbols).hasSize(10).allMatch(s -> s.startsWith("ASEAN/2045/RM/"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAPathThroughAnotherFrameworksMeetingsOrBackwards() {
        MeetingId aptSom = fixtures.meeting("APT SOM", DAY);

        assertThatThrownBy(() -> fixtures.document("ASEAN", Classification.PUBLIC, List.of(som, aptSom)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations()).extracting(RuleViolation.Violation::code)
                        .contains("document.path.otherFramework"));
        assertThatThrownBy(() -> fixtures.document("ASEAN", Classification.PUBLIC, List.of(retreat, som)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations()).extracting(RuleViolation.Violation::code)
                        .contains("document.path.order"));
    }

    @Test
    void refusesALeadThatIsNoMemberState() {
        assertThatThrownBy(() -> drafting.register(new RegisterDocument(DocumentKind.DECLARATION, FrameworkCode.of("ASEAN"),
                LocalizedText.english("Led by Japan"), PartyCode.of("JPN"), Classification.PUBLIC, false, List.of(som), "", null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations().getFirst().code()).isEqualTo("document.lead.notMember"));
    }

    @Test
    void everySaveIsANewImmutableVersionWithAuthorAndNote() {
        DocumentView document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));

        VersionView second = drafting.save(new SaveText(document.id(), 1, DocumentFixtures.TEXT.replace("enhance", "further enhance"), "SOM text"));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.author()).isEqualTo("record-keeper");
        assertThat(second.note()).isEqualTo("SOM text");
        assertThat(records.getVersion(document.id(), 1).text().markup()).isEqualTo(DocumentFixtures.TEXT);
        assertThat(records.versions(document.id())).extracting(VersionSummary::number).containsExactly(1, 2);
        assertThat(revisions.fields(DocumentDrafting.REVISION_TYPE, document.id(), records.get(document.id()).version()).orElseThrow())
                .containsEntry("currentVersion", "2");
    }

    @Test
    void savingOverAStaleVersionIsAConflictNamingTheParagraphsChanged() {
        DocumentView document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));
        drafting.save(new SaveText(document.id(), 1, DocumentFixtures.TEXT.replace("Task the Ministers", "Task the Senior Officials"), null));

        assertThatThrownBy(() -> drafting.save(new SaveText(document.id(), 1, DocumentFixtures.TEXT + "\n\nAnother.", null)))
                .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                    assertThat(conflict.expectedVersion()).isEqualTo(1);
                    assertThat(conflict.currentVersion()).isEqualTo(2);
                    assertThat(conflict.changes()).singleElement().satisfies(change -> {
                        assertThat(change.field()).isEqualTo("OP2");
                        assertThat(change.whenLoaded()).isEqualTo("Task the Ministers to report.");
                        assertThat(change.now()).isEqualTo("Task the Senior Officials to report.");
                    });
                });
        assertThat(records.get(document.id()).currentVersion()).isEqualTo(2);
    }

    @Test
    void twoEditorsSavingOverTheSameVersionAtOnceOneWinsTheOtherIsToldWhy() throws Exception {
        DocumentView document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));
        SecurityContext context = SecurityContextHolder.getContext();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (String edit : List.of("First editor.", "Second editor.")) {
                results.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(context);
                    start.await();
                    try {
                        return drafting.save(new SaveText(document.id(), 1, DocumentFixtures.TEXT + "\n\n" + edit, null));
                    } catch (EditConflict conflict) {
                        return conflict;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(VersionView.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(EditConflict.class::isInstance).hasSize(1);
            assertThat(records.versions(document.id())).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void restoringAnOldVersionSavesItAgainAsTheNewest() {
        DocumentView document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));
        drafting.save(new SaveText(document.id(), 1, "Something else entirely.", null));

        VersionView restored = drafting.restore(document.id(), 1, 2, null);

        assertThat(restored.number()).isEqualTo(3);
        assertThat(restored.restoredFrom()).isEqualTo(1);
        assertThat(restored.text().markup()).isEqualTo(DocumentFixtures.TEXT);
        assertThat(records.compare(document.id(), 1, 3).identical()).isTrue();
    }

    @Test
    void refusesATextThatDidNotChange() {
        DocumentView document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som));

        assertThatThrownBy(() -> drafting.save(new SaveText(document.id(), 1, DocumentFixtures.TEXT, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations().getFirst().code()).isEqualTo("document.text.unchanged"));
    }
}
