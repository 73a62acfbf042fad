package org.mufakat.audit;

import org.mufakat.platform.revisions.RevisionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every saved version of an editable aggregate (meetings, delegations, bilateral meetings, bundles, chair years,
 * people) goes on the audit log as {@code <type>.created} (the first version) or {@code <type>.revised}. A plain,
 * synchronous listener on purpose: the entry is written in the saving transaction, so a change that rolls back
 * leaves no entry and one that commits always has one.
 */
@Component
class RevisionAuditor {

    private final AuditLog log;

    RevisionAuditor(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(RevisionRecorded revision) {
        String action = revision.type() + (revision.before() == null ? ".created" : ".revised");
        log.record(new AuditEvent(action, revision.type(), revision.id(), revision.before(), revision.after()));
    }
}
