package org.mufakat.press;

import org.mufakat.access.AccessPolicy;
import org.mufakat.access.Actor;
import org.mufakat.platform.domain.NotFound;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Imports of many reports at once (files, archives) run in the background so that the page can show their progress:
 * each job is seen only by whoever started it, and forgotten an hour after it ends. The instance that runs a job
 * writes each outcome to the database as it goes, so any instance can show the progress; a job whose instance stopped
 * (no outcome for {@link #STALLED}) is shown as interrupted, with what it had imported.
 */
@Service
public class ReportImports {

    static final Duration KEPT = Duration.ofHours(1);
    static final Duration STALLED = Duration.ofMinutes(10);

    private final PressIntake intake;
    private final ImportJobLog log;
    private final AccessPolicy access;
    private final TaskExecutor executor;
    private final Clock clock;

    ReportImports(PressIntake intake, ImportJobLog log, AccessPolicy access, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                  Clock clock) {
        this.intake = intake;
        this.log = log;
        this.access = access;
        this.executor = executor;
        this.clock = clock;
    }

    /** Starts importing the reports as the current user; returns at once. */
    public ImportJob start(List<IncomingReport> reports) {
        Actor actor = access.actor();
        access.require(access.mayImportReports(actor), "import reports");
        log.forgetEndedBefore(clock.instant().minus(KEPT));
        UUID id = UUID.randomUUID();
        int total = PressIntake.countReports(reports);
        log.start(id, actor.name(), total, clock.instant());
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                intake.importAll(reports, outcome -> log.add(id, outcome, clock.instant()));
            } catch (RuntimeException e) {
                log.add(id, ImportOutcome.refused("import", "press.import.failed", "The import stopped: " + e.getMessage()), clock.instant());
            } finally {
                log.end(id, clock.instant());
            }
        }));
        return new ImportJob(id, actor.name(), total, List.of(), null);
    }

    /** The job, to whoever started it; to anyone else it does not exist. */
    public ImportJob job(UUID id) {
        Actor actor = access.actor();
        access.require(access.mayImportReports(actor), "import reports");
        ImportJobLog.Entry job = log.find(id).filter(found -> found.owner().equals(actor.name()))
                .orElseThrow(() -> new NotFound("import", id));
        List<ImportOutcome> outcomes = job.outcomes();
        if (job.ended() == null && job.heartbeat().isBefore(clock.instant().minus(STALLED))) {
            outcomes = new ArrayList<>(outcomes);
            outcomes.add(ImportOutcome.refused("import", "press.import.interrupted",
                    "The import was interrupted (the server running it stopped); the reports listed were imported"));
        } else if (job.ended() == null) {
            return new ImportJob(id, job.owner(), job.total(), outcomes, null);
        }
        return new ImportJob(id, job.owner(), job.total(), outcomes, new ImportSummary(outcomes));
    }
}
