package org.mufakat.commitments.web;

import org.mufakat.commitments.InitiativeOccasion;
import org.mufakat.commitments.InitiativeStatus;
import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Where an initiative was raised, welcomed, endorsed or held, all text: the date, the status from then on, a meeting
 * chosen from the calendar or an event named in words, and the version of the initiative the editor saw.
 */
public class OccasionForm {

    private String on = "";
    private String status = "";
    private String meeting = "";
    private String eventEn = "";
    private String eventVi = "";
    private Long version;

    InitiativeOccasion toOccasion() {
        var problems = new RuleViolation.Collector();
        LocalDate date = null;
        try {
            date = LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            problems.add("on", "initiative.date.unreadable", "Write the date as YYYY-MM-DD");
        }
        InitiativeStatus parsed = null;
        try {
            parsed = InitiativeStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            problems.add("status", "initiative.status.required", "Say what happened to the initiative there");
        }
        MeetingId meetingId = MeetingChoice.of(meeting, problems);
        LocalizedText event = LocalizedText.optional(eventEn, eventVi);
        if (meetingId == null && event == null && problems.isEmpty()) {
            problems.add("meeting", "initiative.occasion.incomplete", "Choose the meeting or name the event");
        }
        problems.throwIfAny();
        return new InitiativeOccasion(date, parsed, meetingId, event);
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on == null ? "" : on;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting == null ? "" : meeting;
    }

    public String getEventEn() {
        return eventEn;
    }

    public void setEventEn(String eventEn) {
        this.eventEn = eventEn == null ? "" : eventEn;
    }

    public String getEventVi() {
        return eventVi;
    }

    public void setEventVi(String eventVi) {
        this.eventVi = eventVi == null ? "" : eventVi;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
