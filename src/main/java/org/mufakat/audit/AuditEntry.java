package org.mufakat.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One entry of the audit log, as stored. */
public record AuditEntry(long seq, Instant recordedAt, String actor, String action, String subjectType, String subjectId,
                         Map<String, String> before, Map<String, String> after, String clientAddress,
                         String previousHash, String hash) {

    /** The fields whose values differ between before and after (for a first version: those with a value). */
    public List<FieldChange> changes() {
        Map<String, String> from = before == null ? Map.of() : before;
        Map<String, String> to = after == null ? Map.of() : after;
        Set<String> names = new LinkedHashSet<>(to.keySet());
        names.addAll(from.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(from.get(name), to.get(name))) {
                changes.add(new FieldChange(name, from.get(name), to.get(name)));
            }
        }
        return changes;
    }

    public record FieldChange(String field, String before, String after) {
    }
}
