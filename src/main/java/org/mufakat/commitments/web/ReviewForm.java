package org.mufakat.commitments.web;

import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;


/** A meeting's review of a plan: the meeting chosen from a list, and what it said. */
public class ReviewForm {

    private String meeting = "";
    private String noteEn = "";
    private String noteVi = "";

    MeetingId meetingId() {
        var problems = new RuleViolation.Collector();
        MeetingId chosen = MeetingChoice.of(meeting, problems);
        problems.check(chosen != null || !problems.isEmpty(), "meeting", "plan.review.meeting.required",
                "Choose the meeting that reviewed the plan");
        problems.throwIfAny();
        return chosen;
    }

    LocalizedText note() {
        return LocalizedText.optional(noteEn, noteVi);
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting == null ? "" : meeting;
    }

    public String getNoteEn() {
        return noteEn;
    }

    public void setNoteEn(String noteEn) {
        this.noteEn = noteEn == null ? "" : noteEn;
    }

    public String getNoteVi() {
        return noteVi;
    }

    public void setNoteVi(String noteVi) {
        this.noteVi = noteVi == null ? "" : noteVi;
    }
}
