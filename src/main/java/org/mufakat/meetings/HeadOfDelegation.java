package org.mufakat.meetings;

import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * Who leads a delegation (a person on record, or only a title where a report names none: "the Foreign
 * Minister of Timor-Leste"), under which title at that meeting, and in what capacity: in their own right, on a
 * named minister's authority (the one who led is the head, not the minister), or acting.
 */
public record HeadOfDelegation(PersonId person, @Embedded.Nullable(prefix = "title_") LocalizedText title,
                               LeadCapacity capacity, PersonId authorisedBy) {

    public HeadOfDelegation {
        var problems = new RuleViolation.Collector();
        problems.check(person != null || title != null, "head", "delegation.head.required",
                "Name the head of delegation, or at least the title they lead under");
        capacity = capacity == null ? LeadCapacity.OWN_RIGHT : capacity;
        problems.check(capacity != LeadCapacity.ON_AUTHORITY || authorisedBy != null, "authorisedBy",
                "delegation.head.authorityRequired", "Name the minister on whose authority the head leads");
        problems.check(capacity == LeadCapacity.ON_AUTHORITY || authorisedBy == null, "authorisedBy",
                "delegation.head.authorityOnlyOnAuthority", "Only a head leading on someone's authority names that person");
        problems.check(authorisedBy == null || !authorisedBy.equals(person), "authorisedBy",
                "delegation.head.authorisesSelf", "A head cannot lead on their own authority");
        problems.throwIfAny();
    }
}
