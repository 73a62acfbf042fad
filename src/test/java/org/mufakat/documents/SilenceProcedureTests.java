package org.mufakat.documents;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Silence procedures against a clock the test moves: adoption at the deadline by the system, exactly once, dated at
 * the deadline also when the application catches up later; broken silence; deadlines in the past refused.
 */
@SpringBootTest(properties = "mufakat.documents.silence-poll=1h")
@Import(SilenceProcedureTests.MovableClock.class)
@AsRecordKeeper
class SilenceProcedureTests {

    static final ZoneId VIENTIANE = ZoneId.of("Asia/Vientiane");

    /** The application's clock, moved by the tests. */
    @TestConfiguration
    static class MovableClock extends Clock {

        private volatile Instant now = Instant.now();

        @Bean
        @Primary
        MovableClock movableClock() {
            return this;
        }

        void moveBy(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    MovableClock clock;
    @Autowired
    DocumentDrafting drafting;
    @Autowired
    DocumentDecisions decisions;
    @Autowired
    DocumentRecords records;
    @Autowired
    SilenceWatch watch;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    Organisation organisation;
    @Autowired
    CurrentActor actor;

    MeetingId som;
    DocumentView document;

    @BeforeEach
    void document() {
        DocumentFixtures fixtures = new DocumentFixtures(calendar, drafting, decisions, organisation, actor);
        som = fixtures.meeting("SOM", LocalDate.of(2049, 6, 3));
        document = fixtures.document("ASEAN", Classification.PUBLIC, List.of(som));
    }

    private LocalDateTime inVientiane(Duration fromNow) {
        return LocalDateTime.ofInstant(clock.instant().plus(fromNow), VIENTIANE).withNano(0);
    }

    private SilenceView start(Duration fromNow) {
        return decisions.startSilence(new StartSilence(document.id(), som, 1, inVientiane(fromNow), VIENTIANE));
    }

    @Test
    void unbrokenSilenceAdoptsTheVersionAtTheDeadlineBySystem() {
        SilenceView silence = start(Duration.ofHours(48));

        clock.moveBy(Duration.ofHours(47));
        watch.closeDue();
        assertThat(records.get(document.id()).published()).isFalse();
        assertThat(records.decisions(document.id())).isEmpty();

        clock.moveBy(Duration.ofHours(1));
        assertThat(watch.closeDue()).isPositive();

        assertThat(records.silences(document.id())).singleElement().extracting(SilenceView::status).isEqualTo(SilenceStatus.ADOPTED);
        assertThat(records.decisions(document.id())).singleElement().satisfies(decision -> {
            assertThat(decision.decision()).isEqualTo(Decision.ADOPTED);
            assertThat(decision.bySilence()).isTrue();
            assertThat(decision.decidedAt()).isEqualTo(silence.deadline());
            assertThat(decision.recordedBy()).startsWith("system:");
        });
        assertThat(records.get(document.id()).published()).isTrue();
        watch.closeDue();
        assertThat(records.decisions(document.id())).as("never twice").hasSize(1);
    }

    @Test
    void aDeadlineMissedWhileTheApplicationWasDownIsCaughtUpAtStartWithTheDeadlinesDate() throws Exception {
        SilenceView silence = start(Duration.ofHours(2));

        clock.moveBy(Duration.ofDays(3));
        watch.run(null);

        DecisionView adopted = records.decisions(document.id()).getFirst();
        assertThat(adopted.decidedAt()).isEqualTo(silence.deadline());
        assertThat(adopted.decidedOn()).isEqualTo(LocalDate.ofInstant(silence.deadline(), VIENTIANE));
        assertThat(adopted.recordedAt()).isAfter(silence.deadline());
    }

    @Test
    void twoRunnersAtOnceAdoptExactlyOnce() throws Exception {
        start(Duration.ofMinutes(10));
        clock.moveBy(Duration.ofMinutes(11));

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return watch.closeDue();
                }));
            }
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(records.decisions(document.id())).hasSize(1);
        assertThat(records.silences(document.id())).extracting(SilenceView::status).containsExactly(SilenceStatus.ADOPTED);
    }

    @Test
    void aStateThatCountsBreaksSilenceBeforeTheDeadlineNotAfter() {
        start(Duration.ofHours(24));

        SilenceView broken = decisions.breakSilence(new BreakSilence(document.id(), PartyCode.of("MMR"), "Paragraph 2 needs more work"));

        assertThat(broken.status()).isEqualTo(SilenceStatus.BROKEN);
        assertThat(broken.brokenBy()).isEqualTo(PartyCode.of("MMR"));
        clock.moveBy(Duration.ofHours(25));
        watch.closeDue();
        assertThat(records.decisions(document.id())).isEmpty();

        start(Duration.ofHours(1));
        clock.moveBy(Duration.ofHours(2));
        assertThatThrownBy(() -> decisions.breakSilence(new BreakSilence(document.id(), PartyCode.of("VNM"), "Too late")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations().getFirst().code()).isEqualTo("silence.deadline.passed"));
        watch.closeDue();
        assertThat(records.decisions(document.id())).extracting(DecisionView::decision).containsExactly(Decision.ADOPTED);
    }

    @Test
    void refusesADeadlineInThePastAStateThatDoesNotCountAndEditsUnderSilence() {
        assertThatThrownBy(() -> start(Duration.ofMinutes(-5)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations().getFirst().code()).isEqualTo("silence.deadline.past"));

        start(Duration.ofDays(1));
        assertThatThrownBy(() -> decisions.breakSilence(new BreakSilence(document.id(), PartyCode.of("JPN"), "Partner")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations().getFirst().code()).isEqualTo("position.party.doesNotCount"));
        assertThatThrownBy(() -> drafting.save(new SaveText(document.id(), 1, "Changed under silence.", null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations().getFirst().code()).isEqualTo("document.text.underSilence"));
        assertThatThrownBy(() -> decisions.decide(new RecordDecision(document.id(), som, Decision.DEFERRED, 1, false, null)))
                .isInstanceOf(RuleViolation.class);
    }
}
