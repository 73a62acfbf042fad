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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Imports of many reports at once (files, archives) run in the background so that the page can show their progress:
 * each job is seen only by whoever started it, and forgotten an hour after it ends. Jobs live in this application
 * instance's memory; what they import is in the database as it goes.
 */
@Service
public class ReportImports {

    private static final Duration KEPT = Duration.ofHours(1);

    private final PressIntake intake;
    private final AccessPolicy access;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Map<UUID, Running> jobs = new ConcurrentHashMap<>();

    ReportImports(PressIntake intake, AccessPolicy access, @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.intake = intake;
        this.access = access;
        this.executor = executor;
        this.clock = clock;
    }

    private static final class Running {
        final UUID id = UUID.randomUUID();
        final String owner;
        final int total;
        final List<ImportOutcome> outcomes = new ArrayList<>();
        volatile ImportSummary summary;
        volatile Instant ended;

        Running(String owner, int total) {
            this.owner = owner;
            this.total = total;
        }

        synchronized ImportJob view() {
            return new ImportJob(id, owner, total, outcomes, summary);
        }

        synchronized void add(ImportOutcome outcome) {
            outcomes.add(outcome);
        }
    }

    /** Starts importing the reports as the current user; returns at once. */
    public ImportJob start(List<IncomingReport> reports) {
        Actor actor = access.actor();
        access.require(access.mayImportReports(actor), "import reports");
        forgetEnded();
        Running job = new Running(actor.name(), PressIntake.countReports(reports));
        jobs.put(job.id, job);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                job.summary = intake.importAll(reports, job::add);
            } catch (RuntimeException e) {
                job.add(ImportOutcome.refused("import", "press.import.failed", "The import stopped: " + e.getMessage()));
                job.summary = new ImportSummary(job.view().outcomes());
            } finally {
                job.ended = clock.instant();
            }
        }));
        return job.view();
    }

    /** The job, to whoever started it; to anyone else it does not exist. */
    public ImportJob job(UUID id) {
        Actor actor = access.actor();
        access.require(access.mayImportReports(actor), "import reports");
        Running job = jobs.get(id);
        if (job == null || !job.owner.equals(actor.name())) {
            throw new NotFound("import", id);
        }
        return job.view();
    }

    private void forgetEnded() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.ended != null && job.ended.isBefore(limit));
    }
}
