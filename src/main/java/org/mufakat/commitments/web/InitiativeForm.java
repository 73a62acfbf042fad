package org.mufakat.commitments.web;

import org.mufakat.commitments.InitiativeOccasion;
import org.mufakat.commitments.ProposeInitiative;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

/** A new initiative, all text: who proposed it (a member, or "CHAIR" for the Chair of the year), and where it was first raised. */
public class InitiativeForm {

    static final String CHAIR = "CHAIR";

    private String titleEn = "";
    private String titleVi = "";
    private String descriptionEn = "";
    private String descriptionVi = "";
    private String proposer = "";
    private String year = "";
    private OccasionForm raised = new OccasionForm();

    ProposeInitiative toCommand() {
        var problems = new RuleViolation.Collector();
        Integer parsedYear = null;
        try {
            parsedYear = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            problems.add("year", "initiative.year.unreadable", "Give the year as four digits");
        }
        boolean byChair = CHAIR.equals(proposer);
        PartyCode member = !byChair && PartyCode.isValid(proposer) ? PartyCode.of(proposer) : null;
        InitiativeOccasion occasion = null;
        try {
            occasion = raised.toOccasion();
        } catch (RuleViolation violation) {
            problems.addAll(violation);
        }
        LocalizedText title = LocalizedText.optional(titleEn, titleVi);
        problems.check(title != null, "title", "initiative.title.required", "An initiative needs a title");
        problems.check(byChair || member != null, "proposer", "initiative.proposer.one",
                "An initiative is proposed by a member or by the Chair of the year: say which");
        problems.throwIfAny();
        return new ProposeInitiative(title, LocalizedText.optional(descriptionEn, descriptionVi), member, byChair, parsedYear, occasion);
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

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn == null ? "" : descriptionEn;
    }

    public String getDescriptionVi() {
        return descriptionVi;
    }

    public void setDescriptionVi(String descriptionVi) {
        this.descriptionVi = descriptionVi == null ? "" : descriptionVi;
    }

    public String getProposer() {
        return proposer;
    }

    public void setProposer(String proposer) {
        this.proposer = proposer == null ? "" : proposer;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year == null ? "" : year;
    }

    public OccasionForm getRaised() {
        return raised;
    }

    public void setRaised(OccasionForm raised) {
        this.raised = raised == null ? new OccasionForm() : raised;
    }
}
