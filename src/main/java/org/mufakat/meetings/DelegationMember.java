package org.mufakat.meetings;

import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A member of a delegation other than its head, with their role in it. */
@Table("delegation_member")
public record DelegationMember(PersonId personId, @Embedded.Nullable(prefix = "role_") LocalizedText role) {

    public DelegationMember {
        if (personId == null) {
            throw new IllegalArgumentException("A delegation member must be a person on record");
        }
    }
}
