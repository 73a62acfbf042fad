package org.mufakat.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something to put on the audit log. {@code action} is a dotted name, subject first, past tense:
 * {@code meeting.revised}, {@code sign-in.failed}, {@code access.refused}. The subject is what it happened to (a
 * type such as {@code meeting} or {@code account}, and its id), if anything. {@code before} and {@code after} are
 * flat field maps (values may be {@code null}): the state before and after a change, or for other events the
 * details worth keeping ({@code after} = {@code {"reason": "bad credentials"}}); either may be {@code null}.
 */
public record AuditEvent(String action, String subjectType, String subjectId, Map<String, String> before,
                         Map<String, String> after) {

    public AuditEvent {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An audit event needs an action");
        }
        action = action.strip();
        before = copy(before);
        after = copy(after);
    }

    /** An event without before and after: a sign-in, a refusal. */
    public static AuditEvent of(String action, String subjectType, String subjectId) {
        return new AuditEvent(action, subjectType, subjectId, null, null);
    }

    /** The same event with details kept in {@code after}. */
    public AuditEvent withDetails(Map<String, String> details) {
        return new AuditEvent(action, subjectType, subjectId, before, details);
    }

    private static Map<String, String> copy(Map<String, String> fields) {
        return fields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
