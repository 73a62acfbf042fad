package org.mufakat.press;

import java.util.List;
import java.util.UUID;

/**
 * An import running in the background, as its owner sees it: how many reports it holds ({@code total}, archives
 * counted by their entries), the outcomes so far, and the summary once done.
 */
public record ImportJob(UUID id, String owner, int total, List<ImportOutcome> outcomes, ImportSummary summary) {

    public ImportJob {
        outcomes = List.copyOf(outcomes);
    }

    public boolean done() {
        return summary != null;
    }

    /** Percent done, 0 to 100. */
    public int percent() {
        if (done()) {
            return 100;
        }
        return total <= 0 ? 0 : Math.min(99, outcomes.size() * 100 / total);
    }
}
