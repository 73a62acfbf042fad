package org.mufakat.chair;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A chair year as the rest of the application sees it. */
public record ChairYearDetails(int year, PartyCode chair, LocalizedText theme, List<Priority> priorities,
                               List<Initiative> initiatives, long version) {

    /** The priorities grouped by their cluster, in the order first named; unclustered ones under null. */
    public Map<LocalizedText, List<Priority>> prioritiesByCluster() {
        Map<LocalizedText, List<Priority>> clusters = new LinkedHashMap<>();
        for (Priority priority : priorities) {
            clusters.computeIfAbsent(priority.cluster(), cluster -> new java.util.ArrayList<>()).add(priority);
        }
        return clusters;
    }
}
