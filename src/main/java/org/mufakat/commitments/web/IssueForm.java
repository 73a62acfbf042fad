package org.mufakat.commitments.web;

import org.mufakat.commitments.IssueTerms;
import org.mufakat.commitments.IssueView;
import org.mufakat.commitments.OpenStandingIssue;
import org.mufakat.commitments.ReviseStandingIssue;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

/** The standing issue form, all text: the phrases reports name it by come one per line. */
public class IssueForm {

    private String code = "";
    private String titleEn = "";
    private String titleVi = "";
    private String descriptionEn = "";
    private String descriptionVi = "";
    private String terms = "";
    private Long version;

    static IssueForm of(IssueView issue) {
        IssueForm form = new IssueForm();
        form.code = issue.code();
        form.titleEn = issue.title().en() == null ? "" : issue.title().en();
        form.titleVi = issue.title().vi() == null ? "" : issue.title().vi();
        form.descriptionEn = issue.description() == null || issue.description().en() == null ? "" : issue.description().en();
        form.descriptionVi = issue.description() == null || issue.description().vi() == null ? "" : issue.description().vi();
        form.terms = issue.terms().asLines();
        form.version = issue.version();
        return form;
    }

    OpenStandingIssue toOpening() {
        var problems = new RuleViolation.Collector();
        IssueTerms phrases = phrases(problems);
        try {
            var opening = new OpenStandingIssue(code, LocalizedText.optional(titleEn, titleVi),
                    LocalizedText.optional(descriptionEn, descriptionVi), phrases);
            problems.throwIfAny();
            return opening;
        } catch (RuleViolation violation) {
            problems.addAll(violation).throwIfAny();
            throw violation;
        }
    }

    ReviseStandingIssue toRevision() {
        var problems = new RuleViolation.Collector();
        IssueTerms phrases = phrases(problems);
        try {
            var revision = new ReviseStandingIssue(LocalizedText.optional(titleEn, titleVi), LocalizedText.optional(descriptionEn, descriptionVi),
                    phrases);
            problems.throwIfAny();
            return revision;
        } catch (RuleViolation violation) {
            problems.addAll(violation).throwIfAny();
            throw violation;
        }
    }

    /** The phrases, or none while they are refused, so that the other fields' problems are told at the same time. */
    private IssueTerms phrases(RuleViolation.Collector problems) {
        try {
            return IssueTerms.ofLines(terms);
        } catch (RuleViolation violation) {
            problems.addAll(violation);
            return IssueTerms.none();
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code;
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

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms == null ? "" : terms;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
