package org.mufakat.meetings.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.mufakat.meetings.DelegationMember;
import org.mufakat.meetings.HeadOfDelegation;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.RegisterDelegation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.web.ApiInput;
import org.mufakat.platform.web.Bilingual;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A delegation's composition.
 *
 * @param party   the party it represents; on PUT it may be left out (a delegation keeps its party)
 * @param head    left out while the head is not known
 * @param version on PUT, the version edited (or send it as If-Match)
 */
record DelegationRequest(@Schema(example = "VNM") String party, HeadRequest head, List<MemberRequest> members, Long version) {

    /**
     * @param title        the head's title at the meeting; left out to take the title the person held at its start
     * @param capacity     OWN_RIGHT when left out
     * @param authorisedBy the minister on whose authority the head leads; only with capacity ON_AUTHORITY
     */
    record HeadRequest(UUID person, Bilingual title, LeadCapacity capacity, UUID authorisedBy) {
    }

    record MemberRequest(UUID person, Bilingual role) {
    }

    RegisterDelegation toCommand(MeetingId meeting) {
        return new RegisterDelegation(meeting, ApiInput.code("party", party, PartyCode::of), headOfDelegation(), delegationMembers());
    }

    /** Recomposes a delegation of {@code party} unless the request names another (which the register refuses). */
    RegisterDelegation toCommand(MeetingId meeting, PartyCode party) {
        PartyCode named = ApiInput.code("party", this.party, PartyCode::of);
        return new RegisterDelegation(meeting, named != null ? named : party, headOfDelegation(), delegationMembers());
    }

    private HeadOfDelegation headOfDelegation() {
        return head == null ? null : new HeadOfDelegation(person(head.person()), Bilingual.toText(head.title()), head.capacity(),
                person(head.authorisedBy()));
    }

    private List<DelegationMember> delegationMembers() {
        return members == null ? null : IntStream.range(0, members.size())
                .mapToObj(i -> ApiInput.valid("members[" + i + "]", "delegation.member.personRequired", () -> new DelegationMember(
                        members.get(i) == null ? null : person(members.get(i).person()),
                        members.get(i) == null ? null : Bilingual.toText(members.get(i).role()))))
                .toList();
    }

    private static PersonId person(UUID id) {
        return id == null ? null : new PersonId(id);
    }
}
