package org.mufakat.commitments.web;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

/**
 * What an initiative says of itself, as typed in its forms: title, description, proposer (a member, or "CHAIR" for the
 * Chair of the year) and year; read into values with a per-field message for each that cannot be.
 */
public abstract class InitiativeFields {

    static final String CHAIR = "CHAIR";

    private String titleEn = "";
    private String titleVi = "";
    private String descriptionEn = "";
    private String descriptionVi = "";
    private String proposer = "";
    private String year = "";

    /** The fields read; the problems are collected, not thrown, so that the form's other parts are told at once. */
    record Read(LocalizedText title, LocalizedText description, PartyCode member, boolean byChair, Integer year) {
    }

    Read read(RuleViolation.Collector problems) {
        Integer parsedYear = null;
        try {
            parsedYear = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            problems.add("year", "initiative.year.unreadable", "Give the year as four digits");
        }
        boolean byChair = CHAIR.equals(proposer);
        PartyCode member = !byChair && PartyCode.isValid(proposer) ? PartyCode.of(proposer) : null;
        LocalizedText title = LocalizedText.optional(titleEn, titleVi);
        problems.check(title != null, "title", "initiative.title.required", "An initiative needs a title");
        problems.check(byChair || member != null, "proposer", "initiative.proposer.one",
                "An initiative is proposed by a member or by the Chair of the year: say which");
        return new Read(title, LocalizedText.optional(descriptionEn, descriptionVi), member, byChair, parsedYear);
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
}
