package org.mufakat.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing to find, in one language: its title and text as written, where it lives, its date, and who may find it
 * (a restricted entry is decided on as of its date).
 */
public record IndexEntry(SearchKind kind, String ref, String language, String title, String body, String url, LocalDate date,
                         Visibility visibility) {

    public IndexEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(visibility, "visibility");
        body = body == null ? "" : body;
        if (visibility.date() != null && !visibility.date().equals(date)) {
            throw new IllegalArgumentException("An entry is visible as of its own date, not " + visibility.date());
        }
    }
}
