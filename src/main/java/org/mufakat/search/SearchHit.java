package org.mufakat.search;

import java.time.LocalDate;

/** One thing found, in the language it matched best: its title and a snippet with the matched words marked. */
public record SearchHit(SearchKind kind, String ref, String language, Highlighted title, Highlighted snippet, String url,
                        LocalDate date, double score) {
}
