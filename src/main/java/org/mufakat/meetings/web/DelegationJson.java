package org.mufakat.meetings.web;

import org.mufakat.meetings.DelegationDetails;
import org.mufakat.meetings.HeadOfDelegation;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.platform.web.Bilingual;

import java.util.List;
import java.util.UUID;

/**
 * A party's delegation to a meeting, with the names of its people.
 *
 * @param head    null while the head is not known
 * @param version also its ETag: the version to send back when recomposing it
 */
record DelegationJson(UUID id, UUID meeting, String party, HeadJson head, List<MemberJson> members, long version) {

    /**
     * @param title        the head's title at that meeting
     * @param authorisedBy the minister on whose authority the head leads (capacity ON_AUTHORITY), else null
     */
    record HeadJson(UUID person, String name, Bilingual title, LeadCapacity capacity, UUID authorisedBy, String authorisedByName) {
    }

    record MemberJson(UUID person, String name, Bilingual role) {
    }

    static DelegationJson of(DelegationDetails delegation) {
        HeadOfDelegation head = delegation.head();
        return new DelegationJson(delegation.id().value(), delegation.meeting().value(), delegation.party().value(),
                head == null ? null : new HeadJson(head.person() == null ? null : head.person().value(), delegation.headName(), Bilingual.of(head.title()),
                        head.capacity(), head.authorisedBy() == null ? null : head.authorisedBy().value(), delegation.authorisedByName()),
                delegation.members().stream()
                        .map(m -> new MemberJson(m.person().value(), m.name(), Bilingual.of(m.role()))).toList(),
                delegation.version());
    }
}
