package org.mufakat.search;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.function.Supplier;

/** Runs a piece of a test as a signed-in person with the given grants, or as the anonymous public (no grants). */
final class Actors {

    private Actors() {
    }

    static <T> T as(String username, Set<String> grants, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (!grants.isEmpty()) {
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                    AuthorityUtils.createAuthorityList(grants.toArray(String[]::new))));
        }
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static <T> T anonymously(Supplier<T> work) {
        return as("anonymous", Set.of(), work);
    }
}
