package org.mufakat.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an entry of the index stands for. Adding one: a constant here, and a {@link SearchSource} that feeds it. */
public enum SearchKind {
    MEETING, PERSON, DOCUMENT, REPORT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SearchKind> parse(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
