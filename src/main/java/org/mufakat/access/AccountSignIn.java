package org.mufakat.access;

import org.mufakat.audit.AuditLog;
import org.mufakat.audit.AuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signing in with a password: loads the account for Spring Security, counts failures (five in a row lock the
 * account for fifteen minutes) and slows repeated failures down, for names that exist and names that do not
 * alike, so that neither the answer nor its timing tells whether an account exists.
 */
@Component
class AccountSignIn implements UserDetailsService {

    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Integer> recentFailures = new ConcurrentHashMap<>();

    AccountSignIn(Accounts accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        List<GrantedAuthority> authorities = account.grants().stream()
                .map(grant -> (GrantedAuthority) new SimpleGrantedAuthority(grant.authority())).toList();
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(authorities)
                .accountLocked(account.isLockedAt(clock.instant()))
                .disabled(!account.enabled())
                .build();
    }

    @EventListener
    @Transactional
    void on(AbstractAuthenticationFailureEvent failure) {
        String username = normalise(failure.getAuthentication().getName());
        recentFailures.merge(username, 1, Integer::sum);
        audit.recordIndependently(AuditLog.ANONYMOUS, AuditEvent.of("sign-in.failed", "account", username)
                .withDetails(Map.of("reason", failure.getException().getClass().getSimpleName())));
        accounts.findByUsername(username).ifPresent(account -> {
            if (!account.isLockedAt(clock.instant())) {
                account.signInFailed(clock.instant());
                accounts.save(account);
                if (account.isLockedAt(clock.instant())) {
                    audit.recordIndependently(AuditLog.SYSTEM, AuditEvent.of("account.locked", "account", username));
                }
            }
        });
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent success) {
        String username = normalise(success.getAuthentication().getName());
        recentFailures.remove(username);
        audit.recordIndependently(username, AuditEvent.of("sign-in.password-accepted", "account", username));
        accounts.findByUsername(username).ifPresent(account -> {
            account.signedIn(clock.instant());
            accounts.save(account);
        });
    }

    /** How long to hold the answer to a failed attempt: nothing for the first two, then doubling up to four seconds. */
    long delayMillisFor(String username) {
        int failures = recentFailures.getOrDefault(normalise(username), 0);
        return failures < 3 ? 0 : Math.min(4000, 250L << Math.min(failures - 3, 4));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
