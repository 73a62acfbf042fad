package org.mufakat.press;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Background imports are kept in the database: any instance shows their progress, and a stopped one is told. */
@SpringBootTest
@AsRecordKeeper
class ReportImportsTests {

    @Autowired
    ReportImports imports;
    @Autowired
    ImportJobLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobsOutcomesAreWrittenAsItGoesAndItsSummaryWhenItEnds() {
        ImportJob started = imports.start(List.of(PressFixtures.file("one.txt", PressFixtures.somReport(2058, "Hue", "Vietnam", "Le Van Theta", 91)),
                PressFixtures.file("two.txt", PressFixtures.somReport(2058, "Vinh", "Vietnam", "Le Van Iota", 92))));
        assertThat(started.done()).isFalse();

        ImportJob done = await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> imports.job(started.id()), ImportJob::done);

        assertThat(done.summary().imported()).isEqualTo(2);
        assertThat(done.outcomes()).extracting(ImportOutcome::name).containsExactly("one.txt", "two.txt");
        assertThat(jdbc.sql("select count(*) from press_import_outcome where job_id = ?").param(started.id()).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select ended_at is not null from press_import_job where id = ?").param(started.id()).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void aJobWhoseInstanceStoppedIsShownInterruptedWithWhatItImported() {
        UUID id = UUID.randomUUID();
        Instant long_ago = Instant.now().minus(ReportImports.STALLED).minusSeconds(120);
        log.start(id, "record-keeper", 3, long_ago);
        log.add(id, ImportOutcome.duplicate("first.txt", ReportId.random()), long_ago.plusSeconds(60));

        ImportJob job = imports.job(id);

        assertThat(job.done()).isTrue();
        assertThat(job.outcomes()).extracting(ImportOutcome::name).containsExactly("first.txt", "import");
        assertThat(job.outcomes().getLast().reasonCode()).isEqualTo("press.import.interrupted");
        assertThat(job.summary().duplicates()).isEqualTo(1);
    }

    @Test
    void aRunningJobIsNotInterruptedWhileItsHeartbeatIsRecent() {
        UUID id = UUID.randomUUID();
        log.start(id, "record-keeper", 3, Instant.now());

        assertThat(imports.job(id).done()).isFalse();
        assertThat(imports.job(id).percent()).isZero();
    }

    @Test
    @WithMockUser(username = "someone-else", authorities = "ASEAN_SECRETARIAT")
    void nobodyButWhoStartedItSeesAJob() {
        UUID id = UUID.randomUUID();
        log.start(id, "record-keeper", 1, Instant.now());

        assertThatThrownBy(() -> imports.job(id)).isInstanceOf(NotFound.class);
    }
}
