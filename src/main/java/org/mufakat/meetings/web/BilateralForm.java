package org.mufakat.meetings.web;

import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.RecordBilateralMeeting;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormInput;

import java.time.LocalDate;

/** The form that records a bilateral meeting on the sidelines, as the browser sends it. */
class BilateralForm {

    private String party = "";
    private String person = "";
    private String counterpartParty = "";
    private String counterpartPerson = "";
    private String heldOn = "";
    private String subjectEn = "";
    private String subjectVi = "";

    RecordBilateralMeeting toCommand(MeetingId meeting) {
        var problems = new RuleViolation.Collector();
        PartyCode side = party(party, "party", problems);
        PartyCode other = party(counterpartParty, "counterpartParty", problems);
        PersonId sidePerson = person(person, "person", problems);
        PersonId otherPerson = person(counterpartPerson, "counterpartPerson", problems);
        LocalDate day = FormInput.date(heldOn, "heldOn", problems);
        problems.throwIfAny();
        return new RecordBilateralMeeting(meeting, day, side, sidePerson, other, otherPerson, LocalizedText.optional(subjectEn, subjectVi));
    }

    private static PartyCode party(String code, String field, RuleViolation.Collector problems) {
        if (code.isBlank()) {
            return null;
        }
        if (!PartyCode.isValid(code)) {
            problems.add(field, "bilateral.party.unknown", "There is no party " + code, code);
            return null;
        }
        return PartyCode.of(code);
    }

    private static PersonId person(String id, String field, RuleViolation.Collector problems) {
        if (id.isBlank()) {
            return null;
        }
        try {
            return PersonId.parse(id.strip());
        } catch (IllegalArgumentException e) {
            problems.add(field, "delegation.person.unknown", "There is no such person on record");
            return null;
        }
    }

    public String getParty() { return party; }
    public void setParty(String value) { party = value == null ? "" : value; }
    public String getPerson() { return person; }
    public void setPerson(String value) { person = value == null ? "" : value; }
    public String getCounterpartParty() { return counterpartParty; }
    public void setCounterpartParty(String value) { counterpartParty = value == null ? "" : value; }
    public String getCounterpartPerson() { return counterpartPerson; }
    public void setCounterpartPerson(String value) { counterpartPerson = value == null ? "" : value; }
    public String getHeldOn() { return heldOn; }
    public void setHeldOn(String value) { heldOn = value == null ? "" : value; }
    public String getSubjectEn() { return subjectEn; }
    public void setSubjectEn(String value) { subjectEn = value == null ? "" : value; }
    public String getSubjectVi() { return subjectVi; }
    public void setSubjectVi(String value) { subjectVi = value == null ? "" : value; }
}
