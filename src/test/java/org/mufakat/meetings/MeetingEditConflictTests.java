package org.mufakat.meetings;

import org.mufakat.testing.AsRecordKeeper;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.domain.EditConflict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Two editors who loaded the same version of a meeting: the first to save wins, the second is told what changed. Meetings in 2049. */
@AsRecordKeeper
@SpringBootTest
class MeetingEditConflictTests {

    @Autowired
    MeetingCalendar calendar;

    @Test
    void theSecondEditorGetsAConflictListingWhatTheFirstChanged() {
        Plans som = Plans.of("SOM", LocalDate.of(2049, 2, 1)).in("Luang Prabang", "LA");
        MeetingSummary loaded = calendar.schedule(som.plan());

        MeetingSummary first = calendar.revise(loaded.id(), som.venue("National Convention Centre").plan(), loaded.version());
        EditConflict conflict = catchThrowableOfType(EditConflict.class,
                () -> calendar.revise(loaded.id(), som.online().plan(), loaded.version()));

        assertThat(conflict).isNotNull();
        assertThat(conflict.expectedVersion()).isEqualTo(loaded.version());
        assertThat(conflict.currentVersion()).isEqualTo(first.version());
        assertThat(conflict.changes()).containsExactly(new EditConflict.FieldChange("venue", null, "National Convention Centre"));
        MeetingSummary now = calendar.get(loaded.id()).meeting();
        assertThat(now.venue()).isEqualTo("National Convention Centre");
        assertThat(now.format()).isEqualTo(MeetingFormat.IN_PERSON);
    }

    @Test
    void anEditorWithTheCurrentVersionMaySaveAgain() {
        Plans som = Plans.of("SOM", LocalDate.of(2049, 2, 8));
        MeetingSummary loaded = calendar.schedule(som.plan());

        MeetingSummary first = calendar.revise(loaded.id(), som.venue("Ariyana Convention Centre").plan(), loaded.version());
        MeetingSummary second = calendar.revise(loaded.id(), som.venue("Ariyana Convention Centre").online().plan(), first.version());

        assertThat(second.version()).isEqualTo(loaded.version() + 2);
        assertThat(second.format()).isEqualTo(MeetingFormat.ONLINE);
    }

    @Test
    void underRealConcurrencyExactlyOneOfTwoEditorsWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            Plans som = Plans.of("SOM", LocalDate.of(2049, 3, 1).plusDays(round));
            MeetingSummary loaded = calendar.schedule(som.plan());
            List<MeetingPlan> edits = List.of(som.venue("Venue A").plan(), som.online().plan());

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService editors = new org.springframework.security.concurrent.DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2));
            List<Future<MeetingSummary>> outcomes = new ArrayList<>();
            try {
                for (MeetingPlan edit : edits) {
                    outcomes.add(editors.submit(() -> {
                        start.await();
                        return calendar.revise(loaded.id(), edit, loaded.version());
                    }));
                }
                start.countDown();
                List<MeetingSummary> winners = new ArrayList<>();
                List<EditConflict> conflicts = new ArrayList<>();
                for (Future<MeetingSummary> outcome : outcomes) {
                    try {
                        winners.add(outcome.get(30, TimeUnit.SECONDS));
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(EditConflict.class);
                        conflicts.add((EditConflict) e.getCause());
                    }
                }

                assertThat(winners).hasSize(1);
                assertThat(conflicts).hasSize(1);
                MeetingSummary winner = winners.getFirst();
                assertThat(winner.version()).isEqualTo(loaded.version() + 1);
                assertThat(calendar.get(loaded.id()).meeting()).isEqualTo(winner);
                String changedByWinner = winner.venue() != null ? "venue" : "format";
                assertThat(conflicts.getFirst().changes()).extracting(EditConflict.FieldChange::field).containsExactly(changedByWinner);
            } finally {
                editors.shutdownNow();
            }
        }
    }
}
