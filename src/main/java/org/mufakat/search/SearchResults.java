package org.mufakat.search;

import java.util.List;
import java.util.Map;

/**
 * The best hits of a query, how many things matched in all and of each kind: counted after the access policy
 * has removed what the searcher may not see, so that not even a count tells of a hidden thing.
 */
public record SearchResults(String query, SearchKind kind, int total, Map<SearchKind, Integer> totalsByKind, List<SearchHit> hits) {

    public SearchResults {
        totalsByKind = Map.copyOf(totalsByKind);
        hits = List.copyOf(hits);
    }
}
