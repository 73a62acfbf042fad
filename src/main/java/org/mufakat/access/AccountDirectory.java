package org.mufakat.access;

import org.mufakat.audit.AuditLog;
import org.mufakat.audit.AuditEvent;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Opens and manages accounts; only administrators (or the system, setting itself up) may. */
@Service
public class AccountDirectory {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    AccountDirectory(Accounts accounts, PasswordEncoder passwords, AccessPolicy policy, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AccountView open(OpenAccount command) {
        policy.require(policy.mayAdminister(policy.actor()), "open accounts");
        if (accounts.findByUsername(command.username().value()).isPresent()) {
            throw RuleViolation.of("username", "account.username.taken", "That username is taken");
        }
        try {
            Account account = accounts.save(Account.open(command.username(), command.displayName().strip(),
                    passwords.encode(command.password()), command.grants(), clock.instant()));
            audit.record(new AuditEvent("account.opened", "account", account.username(), null, grants(account)));
            return view(account);
        } catch (DuplicateKeyException e) {
            throw RuleViolation.of("username", "account.username.taken", "That username is taken");
        }
    }

    @Transactional(readOnly = true)
    public List<AccountView> all() {
        policy.require(policy.mayAdminister(policy.actor()), "list accounts");
        return accounts.findAll().stream().map(AccountDirectory::view).sorted(Comparator.comparing(AccountView::username)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(String username) {
        return accounts.findByUsername(username.toLowerCase(java.util.Locale.ROOT)).map(AccountDirectory::view);
    }

    @Transactional
    public AccountView regrant(AccountId id, List<Grant> grants) {
        policy.require(policy.mayAdminister(policy.actor()), "change grants");
        Account account = accounts.findById(id).orElseThrow(() -> new NotFound("account", id));
        var before = grants(account);
        account.regrant(grants, clock.instant());
        Account saved = accounts.save(account);
        audit.record(new AuditEvent("account.granted", "account", saved.username(), before, grants(saved)));
        return view(saved);
    }

    public boolean anyAdministrator() {
        return accounts.anyAdministrator();
    }

    private static java.util.Map<String, String> grants(Account account) {
        return java.util.Map.of("grants", account.grants().toString(), "displayName", account.displayName());
    }

    static AccountView view(Account account) {
        return new AccountView(account.id(), account.username(), account.displayName(), account.grants(), account.totpEnabled(),
                account.enabled());
    }
}
