package org.mufakat.documents;

import org.mufakat.access.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Ends silence procedures at their deadline: polls every 30 seconds and once at start-up, so that deadlines passed
 * while the application was down are caught up. Several nodes may poll at once: each procedure is adopted exactly once.
 */
@Configuration
@EnableScheduling
class SilenceWatch implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SilenceWatch.class);
    private static final int BATCH = 100;

    private final DocumentDecisions decisions;
    private final CurrentActor actor;

    SilenceWatch(DocumentDecisions decisions, CurrentActor actor) {
        this.decisions = decisions;
        this.actor = actor;
    }

    @Override
    public void run(ApplicationArguments args) {
        closeDue();
    }

    @Scheduled(fixedDelayString = "${mufakat.documents.silence-poll:30s}", initialDelayString = "${mufakat.documents.silence-poll:30s}")
    void poll() {
        closeDue();
    }

    int closeDue() {
        int total = 0;
        int adopted;
        do {
            adopted = actor.asSystem("silence-procedure", () -> decisions.closeDueSilences(BATCH));
            total += adopted;
        } while (adopted == BATCH);
        if (total > 0) {
            log.info("Silence procedures ended: {} version(s) adopted", total);
        }
        return total;
    }
}
