package org.mufakat.commitments.web;

import org.mufakat.commitments.PlanId;
import org.mufakat.commitments.ReportImplementation;
import org.mufakat.commitments.ReportStatus;
import org.mufakat.commitments.ReportView;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The implementation report form, all text; unreadable values become per-field violations. */
public class ReportForm {

    private String year = "";
    private String party = "";
    private String activityEn = "";
    private String activityVi = "";
    private String actionLines = "";
    private String status = "ONGOING";
    private Long version;

    /** The report as it stands, for its revision. */
    static ReportForm of(ReportView report) {
        ReportForm form = new ReportForm();
        form.year = String.valueOf(report.year());
        form.party = report.party().value();
        form.activityEn = report.activity().en();
        form.setActivityVi(report.activity().vi());
        form.actionLines = String.join(", ", report.actionLines());
        form.status = report.status().name();
        form.version = report.version();
        return form;
    }

    ReportImplementation toCommand(PlanId plan) {
        var problems = new RuleViolation.Collector();
        Integer parsedYear = null;
        try {
            parsedYear = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            problems.add("year", "implementation.year.unreadable", "Give the year as four digits");
        }
        PartyCode code = null;
        if (!PartyCode.isValid(party)) {
            problems.add("party", "implementation.party.required", "Say who reports");
        } else {
            code = PartyCode.of(party);
        }
        ReportStatus parsedStatus = null;
        try {
            parsedStatus = ReportStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add("status", "implementation.status.required", "Say where the activity stands");
        }
        LocalizedText activity = LocalizedText.optional(activityEn, activityVi);
        Set<String> lines = new LinkedHashSet<>(Arrays.stream(actionLines.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList());
        problems.check(activity != null, "activity", "implementation.activity.required", "Describe the activity");
        problems.check(!lines.isEmpty(), "actionLines", "implementation.actionLines.required", "Name at least one action line the activity serves");
        problems.throwIfAny();
        return new ReportImplementation(plan, parsedYear, code, activity, lines, parsedStatus);
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year == null ? "" : year;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party == null ? "" : party;
    }

    public String getActivityEn() {
        return activityEn;
    }

    public void setActivityEn(String activityEn) {
        this.activityEn = activityEn == null ? "" : activityEn;
    }

    public String getActivityVi() {
        return activityVi;
    }

    public void setActivityVi(String activityVi) {
        this.activityVi = activityVi == null ? "" : activityVi;
    }

    public String getActionLines() {
        return actionLines;
    }

    public void setActionLines(String actionLines) {
        this.actionLines = actionLines == null ? "" : actionLines;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
