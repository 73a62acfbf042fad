package org.mufakat.platform.domain;

import java.util.List;

/**
 * Somebody else saved the same thing after the editor loaded it. Carries what they changed, so that the
 * editor can see it and decide, instead of silently overwriting it.
 */
public class EditConflict extends RuntimeException {

    private final long expectedVersion;
    private final long currentVersion;
    private final List<FieldChange> changes;

    public EditConflict(String what, long expectedVersion, long currentVersion, List<FieldChange> changes) {
        super(what + " was changed by someone else (version " + expectedVersion + " is now " + currentVersion + ")");
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.changes = List.copyOf(changes);
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public List<FieldChange> changes() {
        return changes;
    }

    /** One field as the editor saw it when loading, and as it stands now. */
    public record FieldChange(String field, String whenLoaded, String now) {
    }
}
