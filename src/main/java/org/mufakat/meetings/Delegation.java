package org.mufakat.meetings;

import org.mufakat.meetings.MeetingEvents.DelegationRegistered;
import org.mufakat.meetings.MeetingEvents.HeadOfDelegationNamed;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** A party's delegation to one meeting: its head and members. */
@Table("delegation")
class Delegation extends AbstractAggregateRoot<Delegation> {

    @Id
    private final DelegationId id;
    private final MeetingId meetingId;
    private final PartyCode partyCode;
    @Embedded.Nullable(prefix = "head_")
    private HeadOfDelegation head;
    @MappedCollection(idColumn = "delegation_id", keyColumn = "position")
    private List<DelegationMember> members;
    @Version
    private Long version;
    private Instant updatedAt;

    @PersistenceCreator
    Delegation(DelegationId id, MeetingId meetingId, PartyCode partyCode, HeadOfDelegation head, List<DelegationMember> members,
               Long version, Instant updatedAt) {
        this.id = id;
        this.meetingId = meetingId;
        this.partyCode = partyCode;
        this.head = head;
        this.members = new ArrayList<>(members);
        this.version = version;
        this.updatedAt = updatedAt;
    }

    static Delegation register(MeetingId meeting, PartyCode party, HeadOfDelegation head, List<DelegationMember> members, Instant now) {
        var delegation = new Delegation(DelegationId.random(), meeting, party, null, List.of(), null, now);
        delegation.registerEvent(new DelegationRegistered(delegation.id, meeting, party));
        delegation.compose(head, members, now);
        return delegation;
    }

    void compose(HeadOfDelegation newHead, List<DelegationMember> newMembers, Instant now) {
        var seen = new HashSet<>();
        for (DelegationMember member : newMembers) {
            if (!seen.add(member.personId()) || (newHead != null && member.personId().equals(newHead.person()))) {
                throw RuleViolation.of("members", "delegation.members.repeated",
                        "Each person appears in a delegation once, the head not again among its members");
            }
        }
        boolean headChanged = newHead != null && newHead.person() != null
                && (head == null || !Objects.equals(head.person(), newHead.person()));
        this.head = newHead;
        this.members = new ArrayList<>(newMembers);
        this.updatedAt = now;
        if (headChanged) {
            registerEvent(new HeadOfDelegationNamed(id, meetingId, partyCode, newHead.person()));
        }
    }

    DelegationId id() {
        return id;
    }

    MeetingId meeting() {
        return meetingId;
    }

    PartyCode party() {
        return partyCode;
    }

    HeadOfDelegation head() {
        return head;
    }

    List<DelegationMember> members() {
        return List.copyOf(members);
    }

    long version() {
        return version == null ? 0 : version;
    }
}
