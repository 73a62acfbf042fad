package org.mufakat.audit;

import java.time.LocalDate;

/**
 * Which audit entries to show; every criterion optional. {@code actor} matches exactly, ignoring case;
 * {@code action} matches actions that begin with it ({@code meeting} finds {@code meeting.created} and
 * {@code meeting.revised}); {@code subjectType} and {@code subjectId} match exactly; {@code from} and {@code to}
 * are days in UTC, both included.
 */
public record AuditFilter(String actor, String action, String subjectType, String subjectId, LocalDate from, LocalDate to) {

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter subject(String type, String id) {
        return new AuditFilter(null, null, type, id, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
