package org.mufakat.press;

import java.util.List;

/** The outcome of every report of an import, in order, and how many of each kind. */
public record ImportSummary(List<ImportOutcome> outcomes) {

    public ImportSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }

    public long imported() {
        return count(ImportOutcome.Result.IMPORTED);
    }

    public long duplicates() {
        return count(ImportOutcome.Result.DUPLICATE);
    }

    public long nearCopies() {
        return count(ImportOutcome.Result.NEAR_COPY);
    }

    public long refused() {
        return count(ImportOutcome.Result.REFUSED);
    }

    public List<ImportOutcome> refusals() {
        return outcomes.stream().filter(o -> o.result() == ImportOutcome.Result.REFUSED).toList();
    }

    /** One line for the command line and logs. */
    public String line() {
        return outcomes.size() + " report(s): " + imported() + " imported, " + duplicates() + " duplicate(s), " + nearCopies()
                + " near copy(ies), " + refused() + " refused";
    }
}
