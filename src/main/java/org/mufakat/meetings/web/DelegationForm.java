package org.mufakat.meetings.web;

import org.mufakat.meetings.DelegationDetails;
import org.mufakat.meetings.DelegationMember;
import org.mufakat.meetings.HeadOfDelegation;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.RegisterDelegation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.ArrayList;
import java.util.List;

/** The delegation form as the browser sends it. */
class DelegationForm {

    private String party = "";
    private String head = "";
    private String titleEn = "";
    private String titleVi = "";
    private String capacity = "OWN_RIGHT";
    private String authorisedBy = "";
    private List<String> members = new ArrayList<>();
    private Long version;

    static DelegationForm of(DelegationDetails details) {
        DelegationForm form = new DelegationForm();
        form.party = details.party().value();
        if (details.head() != null) {
            form.head = details.head().person() == null ? "" : details.head().person().toString();
            form.titleEn = details.head().title() == null ? "" : details.head().title().en();
            form.titleVi = details.head().title() == null || details.head().title().vi() == null ? "" : details.head().title().vi();
            form.capacity = details.head().capacity().name();
            form.authorisedBy = details.head().authorisedBy() == null ? "" : details.head().authorisedBy().toString();
        }
        form.members = details.members().stream().map(m -> m.person().toString()).toList();
        form.version = details.version();
        return form;
    }

    RegisterDelegation toCommand(MeetingId meeting) {
        var problems = new RuleViolation.Collector();
        PartyCode partyCode = null;
        if (party.isBlank()) {
            problems.add("party", "delegation.party.required", "Name the party the delegation represents");
        } else if (!PartyCode.isValid(party)) {
            problems.add("party", "delegation.party.unknown", "There is no party " + party, party);
        } else {
            partyCode = PartyCode.of(party);
        }
        PersonId headId = person(head, "head", problems);
        PersonId authority = person(authorisedBy, "authorisedBy", problems);
        LeadCapacity leadCapacity = null;
        try {
            leadCapacity = LeadCapacity.valueOf(capacity);
        } catch (IllegalArgumentException e) {
            problems.add("capacity", "form.choice.invalid", "Choose one of the offered values");
        }
        List<DelegationMember> delegationMembers = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            PersonId member = person(members.get(i), "members", problems);
            if (member != null) {
                delegationMembers.add(new DelegationMember(member, null));
            }
        }
        HeadOfDelegation headOfDelegation = null;
        LocalizedText headTitle = LocalizedText.optional(titleEn, titleVi);
        if (headId != null || headTitle != null) {
            try {
                headOfDelegation = new HeadOfDelegation(headId, headTitle, leadCapacity, authority);
            } catch (RuleViolation violation) {
                problems.addAll(violation);
            }
        } else if (authority != null) {
            problems.add("head", "delegation.head.required", "Name the head of delegation");
        }
        problems.throwIfAny();
        return new RegisterDelegation(meeting, partyCode, headOfDelegation, delegationMembers);
    }

    private static PersonId person(String text, String field, RuleViolation.Collector problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PersonId.parse(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(field, "delegation.person.unknown", "There is no person " + text + " on record", text);
            return null;
        }
    }

    public String getParty() { return party; }
    public void setParty(String party) { this.party = party == null ? "" : party; }
    public String getHead() { return head; }
    public void setHead(String head) { this.head = head == null ? "" : head; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn == null ? "" : titleEn; }
    public String getTitleVi() { return titleVi; }
    public void setTitleVi(String titleVi) { this.titleVi = titleVi == null ? "" : titleVi; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity == null ? "" : capacity; }
    public String getAuthorisedBy() { return authorisedBy; }
    public void setAuthorisedBy(String authorisedBy) { this.authorisedBy = authorisedBy == null ? "" : authorisedBy; }
    public List<String> getMembers() { return members; }
    public void setMembers(List<String> members) { this.members = members == null ? new ArrayList<>() : members; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
