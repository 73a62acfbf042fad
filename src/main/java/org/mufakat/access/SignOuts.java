package org.mufakat.access;

import org.mufakat.audit.AuditEvent;
import org.mufakat.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Signing out is on record too. */
@Component
class SignOuts {

    private final AuditLog audit;

    SignOuts(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(LogoutSuccessEvent signedOut) {
        String username = signedOut.getAuthentication().getName();
        audit.recordIndependently(username, AuditEvent.of("sign-out", "account", username));
    }
}
