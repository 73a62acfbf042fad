package org.mufakat.commitments.web;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

/** A partner's proposal under an area, all text; the register checks the partner, year and area. */
public class ProposalForm {

    private String party = "";
    private String year = "";
    private String titleEn = "";
    private String titleVi = "";

    PartyCode partyCode() {
        var problems = new RuleViolation.Collector();
        problems.check(PartyCode.isValid(party), "party", "plan.proposal.party.required", "Say which partner proposes");
        problems.check(yearOrNull() != null, "year", "plan.year.unreadable", "Give the year as four digits");
        problems.check(title() != null, "title", "plan.proposal.title.required", "Say what is proposed");
        problems.throwIfAny();
        return PartyCode.of(party);
    }

    int yearValue() {
        return yearOrNull();
    }

    LocalizedText title() {
        return LocalizedText.optional(titleEn, titleVi);
    }

    private Integer yearOrNull() {
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party == null ? "" : party;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year == null ? "" : year;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn == null ? "" : titleEn;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi == null ? "" : titleVi;
    }
}
