package org.mufakat.commitments.web;

import org.mufakat.commitments.InitiativeView;
import org.mufakat.commitments.ReviseInitiative;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

/** The correction of an initiative's title, description, proposer ("CHAIR" for the Chair of the year) and year, all text. */
public class InitiativeRevisionForm {

    private String titleEn = "";
    private String titleVi = "";
    private String descriptionEn = "";
    private String descriptionVi = "";
    private String proposer = "";
    private String year = "";
    private Long version;

    static InitiativeRevisionForm of(InitiativeView initiative) {
        InitiativeRevisionForm form = new InitiativeRevisionForm();
        form.titleEn = initiative.title().en();
        form.setTitleVi(initiative.title().vi());
        if (initiative.description() != null) {
            form.descriptionEn = initiative.description().en();
            form.setDescriptionVi(initiative.description().vi());
        }
        form.proposer = initiative.byChair() ? InitiativeForm.CHAIR : initiative.proposer().value();
        form.year = String.valueOf(initiative.year());
        form.version = initiative.version();
        return form;
    }

    ReviseInitiative toCommand() {
        var problems = new RuleViolation.Collector();
        Integer parsedYear = null;
        try {
            parsedYear = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            problems.add("year", "initiative.year.unreadable", "Give the year as four digits");
        }
        boolean byChair = InitiativeForm.CHAIR.equals(proposer);
        PartyCode member = !byChair && PartyCode.isValid(proposer) ? PartyCode.of(proposer) : null;
        LocalizedText title = LocalizedText.optional(titleEn, titleVi);
        problems.check(title != null, "title", "initiative.title.required", "An initiative needs a title");
        problems.check(byChair || member != null, "proposer", "initiative.proposer.one",
                "An initiative is proposed by a member or by the Chair of the year: say which");
        problems.throwIfAny();
        return new ReviseInitiative(title, LocalizedText.optional(descriptionEn, descriptionVi), member, byChair, parsedYear);
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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
