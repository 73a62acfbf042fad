package org.mufakat.commitments.web;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;


/** A member's voiced support for an initiative, and where, if known. */
public class SupportForm {

    private String party = "";
    private String meeting = "";

    PartyCode partyCode() {
        if (!PartyCode.isValid(party)) {
            throw RuleViolation.of("party", "initiative.supporter.required", "Say which member supports the initiative");
        }
        return PartyCode.of(party);
    }

    MeetingId meetingId() {
        var problems = new RuleViolation.Collector();
        MeetingId chosen = MeetingChoice.of(meeting, problems);
        problems.throwIfAny();
        return chosen;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party == null ? "" : party;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting == null ? "" : meeting;
    }
}
