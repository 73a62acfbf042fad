package org.mufakat.chair.web;

import org.mufakat.chair.ChairYearDetails;
import org.mufakat.chair.Initiative;
import org.mufakat.chair.Priority;
import org.mufakat.platform.web.Bilingual;

import java.util.List;

/** A chair year as the API shows it; {@code version} is also its ETag. */
record ChairYearJson(int year, String chair, Bilingual theme, List<PriorityJson> priorities, List<InitiativeJson> initiatives,
                     long version) {

    /** @param cluster the group of priorities it belongs to ("Connectivity"), or null */
    record PriorityJson(Bilingual cluster, Bilingual text) {

        static PriorityJson of(Priority priority) {
            return new PriorityJson(Bilingual.of(priority.cluster()), Bilingual.of(priority.text()));
        }

        Priority toPriority() {
            return new Priority(Bilingual.toText(cluster), Bilingual.toText(text));
        }
    }

    record InitiativeJson(Bilingual title, Bilingual description) {

        static InitiativeJson of(Initiative initiative) {
            return new InitiativeJson(Bilingual.of(initiative.title()), Bilingual.of(initiative.description()));
        }

        Initiative toInitiative() {
            return new Initiative(Bilingual.toText(title), Bilingual.toText(description));
        }
    }

    static ChairYearJson of(ChairYearDetails details) {
        return new ChairYearJson(details.year(), details.chair().value(), Bilingual.of(details.theme()),
                details.priorities().stream().map(PriorityJson::of).toList(),
                details.initiatives().stream().map(InitiativeJson::of).toList(), details.version());
    }
}
