package org.mufakat.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log: append-only, every entry chained to the one before by a SHA-256 hash (see {@link ChainHash}).
 * <p>
 * The actor is the name of the authenticated principal in Spring Security's {@link SecurityContextHolder};
 * {@value #ANONYMOUS} when the authentication is anonymous, or absent during a web request; {@value #SYSTEM} when
 * there is neither (start-up, demo data, background listeners). The client address is the current request's
 * remote address, if there is a request.
 */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    private static final int MAX_TEXT = 1000;

    private final AuditEntries entries;
    private final ChainVerifier verifier;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditLog(AuditEntries entries, ChainVerifier verifier, Clock clock, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.verifier = verifier;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records a change in the caller's transaction (or a transaction of its own if there is none): kept if the
     * change commits, gone if it rolls back. The entry is appended just before the transaction commits, so the lock
     * that serialises appenders is held only from then until the commit, never while the change itself is worked
     * out (no other locks are taken after it, so waiting for it cannot deadlock). Its time is the time of appending.
     */
    @Transactional
    public void record(AuditEvent event) {
        enqueue(new Pending(currentActor(), clean(event), clientAddress()));
    }

    /**
     * Records an event that must be kept whatever becomes of the caller's transaction, in a transaction of its own
     * committed before this returns: a sign-in, a failed sign-in, a token use, a refusal.
     */
    public void recordIndependently(AuditEvent event) {
        recordIndependently(currentActor(), event);
    }

    /** As {@link #recordIndependently(AuditEvent)}, naming the actor: for a sign-in, before the security context holds it. */
    public void recordIndependently(String actor, AuditEvent event) {
        Pending pending = new Pending(actor == null || actor.isBlank() ? currentActor() : clean(actor.strip()), clean(event),
                clientAddress());
        ownTransaction.executeWithoutResult(status -> enqueue(pending));
    }

    private record Pending(String actor, AuditEvent event, String clientAddress) {
    }

    /** Adds to the current transaction's appends (suspended and resumed with it, so nested transactions keep their own). */
    private void enqueue(Pending pending) {
        Appends appends = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Appends.class::isInstance).map(Appends.class::cast).findFirst()
                .orElseGet(() -> {
                    Appends created = new Appends();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        appends.add(pending);
    }

    /** The entries a transaction has to append, appended in order just before it commits. */
    private final class Appends implements TransactionSynchronization {

        private final List<Pending> pending = new ArrayList<>();
        private boolean committing;

        void add(Pending entry) {
            if (committing) {
                // Recorded by another synchronization's beforeCommit, after ours: still inside the transaction.
                append(entry);
            } else {
                pending.add(entry);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            pending.forEach(this::append);
            pending.clear();
        }

        private void append(Pending entry) {
            entries.append(clock.instant(), entry.actor(), entry.event(), entry.clientAddress());
        }
    }

    /** Entries matching the filter, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> entries(AuditFilter filter, Pageable page) {
        return entries.find(filter, page);
    }

    /** Walks the whole chain: intact with the number of entries, or the first entry that breaks it and why. */
    public ChainVerification verify() {
        return verifier.verify();
    }

    /** Who is acting on this thread, as the log will name them. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getName() != null && !authentication.getName().isBlank()) {
            return clean(authentication.getName());
        }
        if (authentication != null || RequestContextHolder.getRequestAttributes() != null) {
            return ANONYMOUS;
        }
        return SYSTEM;
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return clean(request.getRemoteAddr());
        }
        return null;
    }

    private static AuditEvent clean(AuditEvent event) {
        return new AuditEvent(clean(event.action()), clean(event.subjectType()), clean(event.subjectId()),
                clean(event.before()), clean(event.after()));
    }

    private static Map<String, String> clean(Map<String, String> fields) {
        if (fields == null) {
            return null;
        }
        Map<String, String> cleaned = new LinkedHashMap<>();
        fields.forEach((name, value) -> cleaned.put(clean(name), clean(value)));
        return cleaned;
    }

    /**
     * Text PostgreSQL can store exactly as it was hashed: no NUL, no lone surrogate (each becomes U+FFFD), at most
     * {@value #MAX_TEXT} characters (an attacker chooses the account name of a failed sign-in).
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT));
        for (int i = 0; i < text.length() && out.length() < MAX_TEXT; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out.length() + 2 > MAX_TEXT) {
                    break;
                }
                out.append(c).append(text.charAt(++i));
            } else if (c == '\0' || Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
