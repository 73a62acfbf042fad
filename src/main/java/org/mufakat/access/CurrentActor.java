package org.mufakat.access;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/** The actor of the current thread, from Spring Security; and a way for the system to act on its own account. */
@Component
public class CurrentActor {

    public Actor get() {
        return Actor.from(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Runs work that the system does by itself (imports, demo data, reacting to events) as the system. */
    public <T> T asSystem(String why, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:" + why, null,
                AuthorityUtils.createAuthorityList(Actor.SYSTEM_AUTHORITY)));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void asSystem(String why, Runnable work) {
        asSystem(why, () -> {
            work.run();
            return null;
        });
    }
}
