package org.mufakat.commitments.web;

import org.mufakat.commitments.OutcomeReference;
import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The form that references an outcome paragraph on a standing issue, all text; unreadable values become per-field violations. */
public class OutcomeForm {

    private String on = "";
    private String document = "";
    private String paragraph = "";
    private String meeting = "";
    private String textEn = "";
    private String textVi = "";
    private Long version;

    OutcomeReference toReference() {
        var problems = new RuleViolation.Collector();
        LocalDate date = null;
        try {
            date = LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            problems.add("on", "standingIssue.outcome.on.unreadable", "Give the date the outcome was issued");
        }
        MeetingId meetingId = MeetingChoice.of(meeting, problems);
        problems.check(!document.isBlank(), "document", "standingIssue.outcome.document.required", "Name the outcome document");
        problems.throwIfAny();
        return new OutcomeReference(date, document, paragraph, meetingId, LocalizedText.optional(textEn, textVi));
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on == null ? "" : on;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document == null ? "" : document;
    }

    public String getParagraph() {
        return paragraph;
    }

    public void setParagraph(String paragraph) {
        this.paragraph = paragraph == null ? "" : paragraph;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting == null ? "" : meeting;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn == null ? "" : textEn;
    }

    public String getTextVi() {
        return textVi;
    }

    public void setTextVi(String textVi) {
        this.textVi = textVi == null ? "" : textVi;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
