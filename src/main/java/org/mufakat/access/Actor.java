package org.mufakat.access;

import org.mufakat.organisation.PartyCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.LinkedHashSet;
import java.util.Set;

/** Whoever is acting: a signed-in person with their grants, the system itself, or the anonymous public. */
public record Actor(String name, Set<Grant> grants, boolean system) {

    public static final String SYSTEM_AUTHORITY = "SYSTEM";

    public Actor {
        grants = Set.copyOf(grants);
    }

    public static Actor anonymous() {
        return new Actor("anonymous", Set.of(), false);
    }

    public static Actor from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return anonymous();
        }
        Set<Grant> grants = new LinkedHashSet<>();
        boolean system = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String text = authority.getAuthority();
            if (SYSTEM_AUTHORITY.equals(text)) {
                system = true;
                continue;
            }
            try {
                grants.add(Grant.parse(text));
            } catch (IllegalArgumentException ignored) {
                // Authorities that are not grants (factors, scopes of other mechanisms) say nothing about roles.
            }
        }
        return new Actor(authentication.getName(), grants, system);
    }

    public boolean isAnonymous() {
        return !system && grants.isEmpty() && "anonymous".equals(name);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    public boolean chairsYear(int year) {
        return grants.stream().anyMatch(grant -> grant.isForYear(year));
    }

    /** Holds an officer's role (delegation, partner or observer) for the party. */
    public boolean speaksFor(PartyCode party) {
        return grants.stream().anyMatch(grant -> grant.isFor(party));
    }
}
