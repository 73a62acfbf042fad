package org.mufakat.commitments.web;

import org.mufakat.commitments.InitiativeId;
import org.mufakat.commitments.IssueId;
import org.mufakat.commitments.PlanId;
import org.mufakat.commitments.InterventionView;
import org.mufakat.commitments.RecordIntervention;
import org.mufakat.commitments.ReviseIntervention;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A head of delegation's statement, point by point: a fieldset per point (its text, and the issues, initiatives
 * and plan areas it addresses, chosen from lists). Empty points are left out, so the form offers spare ones, and more on asking (without saving).
 */
public class InterventionForm {

    static final int SPARE_POINTS = 3;
    /** The speaker's value saying that the report names nobody; left empty, a new statement is the head of delegation's. */
    static final String NOBODY = "NONE";

    private String party = "";
    private String speaker = "";
    private Long version;
    private List<PointForm> points = new ArrayList<>();

    static final int FIRST_POINTS = 6;

    static InterventionForm blank() {
        InterventionForm form = new InterventionForm();
        for (int i = 0; i < FIRST_POINTS; i++) {
            form.points.add(new PointForm());
        }
        return form;
    }

    /** The statement as it stands, for its correction, with spare points to add more. */
    static InterventionForm of(InterventionView statement) {
        InterventionForm form = new InterventionForm();
        form.party = statement.party().value();
        form.speaker = statement.person() == null ? NOBODY : statement.person().toString();
        form.version = statement.version();
        for (InterventionView.Point point : statement.points()) {
            PointForm shown = new PointForm();
            shown.setTextEn(point.text().en());
            shown.setTextVi(point.text().vi());
            shown.setIssues(point.issues().stream().map(t -> t.id().toString()).toList());
            shown.setInitiatives(point.initiatives().stream().map(t -> t.id().toString()).toList());
            shown.setAreas(point.areas().stream().map(t -> t.plan() + ":" + t.number()).toList());
            form.points.add(shown);
        }
        return form.withSparePoints();
    }

    /** Keeps what was typed and adds blank points to write more. */
    InterventionForm withSparePoints() {
        points.removeIf(point -> point == null || point.isBlank());
        for (int i = 0; i < SPARE_POINTS; i++) {
            points.add(new PointForm());
        }
        return this;
    }

    RecordIntervention toCommand(MeetingId meeting) {
        var problems = new RuleViolation.Collector();
        problems.check(PartyCode.isValid(party), "party", "intervention.party.required", "Say whose statement it is");
        PersonId person = speaker.isBlank() || NOBODY.equals(speaker) ? null : person(problems);
        List<RecordIntervention.Point> parsed = points(problems);
        problems.throwIfAny();
        return new RecordIntervention(meeting, PartyCode.of(party), person, NOBODY.equals(speaker), parsed);
    }

    ReviseIntervention toRevision() {
        var problems = new RuleViolation.Collector();
        PersonId person = speaker.isBlank() || NOBODY.equals(speaker) ? null : person(problems);
        List<RecordIntervention.Point> parsed = points(problems);
        problems.throwIfAny();
        return new ReviseIntervention(person, parsed);
    }

    private PersonId person(RuleViolation.Collector problems) {
        try {
            return new PersonId(UUID.fromString(speaker.strip()));
        } catch (IllegalArgumentException e) {
            problems.add("person", "intervention.person.unreadable", "Choose the speaker from the list");
            return null;
        }
    }

    private List<RecordIntervention.Point> points(RuleViolation.Collector problems) {
        List<RecordIntervention.Point> parsed = new ArrayList<>();
        for (PointForm point : points) {
            if (point == null || point.isBlank()) {
                continue;
            }
            try {
                parsed.add(point.toPoint());
            } catch (RuleViolation violation) {
                problems.addAll(violation);
            } catch (IllegalArgumentException e) {
                problems.add("points", "intervention.tag.unreadable", "A tag is not one of the offered choices");
            }
        }
        problems.check(!parsed.isEmpty(), "points", "intervention.points.required", "A statement has at least one point");
        return parsed;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party == null ? "" : party;
    }

    public String getSpeaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker == null ? "" : speaker;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<PointForm> getPoints() {
        return points;
    }

    public void setPoints(List<PointForm> points) {
        this.points = points == null ? new ArrayList<>() : new ArrayList<>(points);
    }

    /** One point; area tags are "plan id:area number", as the form's options name them. */
    public static class PointForm {

        private String textEn = "";
        private String textVi = "";
        private List<String> issues = new ArrayList<>();
        private List<String> initiatives = new ArrayList<>();
        private List<String> areas = new ArrayList<>();

        boolean isBlank() {
            return textEn.isBlank() && textVi.isBlank() && issues.isEmpty() && initiatives.isEmpty() && areas.isEmpty();
        }

        RecordIntervention.Point toPoint() {
            return new RecordIntervention.Point(LocalizedText.optional(textEn, textVi),
                    issues.stream().map(id -> new IssueId(UUID.fromString(id))).toList(),
                    initiatives.stream().map(id -> new InitiativeId(UUID.fromString(id))).toList(),
                    areas.stream().map(PointForm::area).toList());
        }

        private static RecordIntervention.AreaRef area(String value) {
            int colon = value.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Not an area: " + value);
            }
            return new RecordIntervention.AreaRef(new PlanId(UUID.fromString(value.substring(0, colon))),
                    Integer.parseInt(value.substring(colon + 1)));
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

        public List<String> getIssues() {
            return issues;
        }

        public void setIssues(List<String> issues) {
            this.issues = issues == null ? new ArrayList<>() : new ArrayList<>(issues);
        }

        public List<String> getInitiatives() {
            return initiatives;
        }

        public void setInitiatives(List<String> initiatives) {
            this.initiatives = initiatives == null ? new ArrayList<>() : new ArrayList<>(initiatives);
        }

        public List<String> getAreas() {
            return areas;
        }

        public void setAreas(List<String> areas) {
            this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
        }
    }
}
