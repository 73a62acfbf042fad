package org.mufakat.access;

import org.mufakat.organisation.PartyCode;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A role held for a scope: "CHAIR_SECRETARIAT:2024", "DELEGATION_OFFICER:VNM". As a Spring Security authority it
 * is written exactly so.
 */
@Table("account_grant")
public record Grant(Role role, String scope) {

    public Grant {
        if (role == null) {
            throw new IllegalArgumentException("A grant needs a role");
        }
        if (role.isScoped() == (scope == null || scope.isBlank())) {
            throw new IllegalArgumentException(role + (role.isScoped() ? " needs a scope" : " takes no scope"));
        }
        if (role == Role.CHAIR_SECRETARIAT && !scope.matches("\\d{4}")) {
            throw new IllegalArgumentException("A chair secretariat is scoped to a year, not " + scope);
        }
        if (role.isScoped() && role != Role.CHAIR_SECRETARIAT && !PartyCode.isValid(scope)) {
            throw new IllegalArgumentException(role + " is scoped to a party code, not " + scope);
        }
        scope = scope == null ? null : scope.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static Grant of(Role role) {
        return new Grant(role, null);
    }

    public static Grant chairSecretariat(int year) {
        return new Grant(Role.CHAIR_SECRETARIAT, String.valueOf(year));
    }

    public static Grant forParty(Role role, PartyCode party) {
        return new Grant(role, party.value());
    }

    public static Grant parse(String authority) {
        int colon = authority.indexOf(':');
        return colon < 0 ? new Grant(Role.valueOf(authority), null)
                : new Grant(Role.valueOf(authority.substring(0, colon)), authority.substring(colon + 1));
    }

    public String authority() {
        return scope == null ? role.name() : role.name() + ":" + scope;
    }

    public boolean isFor(PartyCode party) {
        return scope != null && role != Role.CHAIR_SECRETARIAT && scope.equals(party.value());
    }

    public boolean isForYear(int year) {
        return role == Role.CHAIR_SECRETARIAT && scope.equals(String.valueOf(year));
    }

    @Override
    public String toString() {
        return authority();
    }
}
