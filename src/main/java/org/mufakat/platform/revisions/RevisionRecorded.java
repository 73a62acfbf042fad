package org.mufakat.platform.revisions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A new version of an editable aggregate was saved (published by {@link Revisions#record}, synchronously, in the
 * saving transaction). {@code before} holds the fields of the previous recorded version, {@code null} for the
 * first; {@code after} those of the new one. Field values may be {@code null}.
 */
public record RevisionRecorded(String type, String id, long version, Map<String, String> before, Map<String, String> after) {

    public RevisionRecorded {
        before = before == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }
}
