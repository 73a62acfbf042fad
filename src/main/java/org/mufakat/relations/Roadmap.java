package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A candidate's roadmap to membership, ending with its admission, which cannot come before the roadmap began. */
class Roadmap {

    private final RoadmapId id;
    private final PartyCode candidate;
    private LocalizedText title;
    private LocalDate beganOn;
    private LocalDate admittedOn;
    private List<Criterion> criteria;
    private List<Instrument> instruments;
    private List<Review> reviews;
    private final long version;

    Roadmap(RoadmapId id, PartyCode candidate, LocalizedText title, LocalDate beganOn, LocalDate admittedOn, List<Criterion> criteria,
            List<Instrument> instruments, List<Review> reviews, long version) {
        this.id = id;
        this.candidate = candidate;
        this.title = title;
        this.beganOn = beganOn;
        this.admittedOn = admittedOn;
        this.criteria = List.copyOf(criteria);
        this.instruments = List.copyOf(instruments);
        this.reviews = List.copyOf(reviews);
        this.version = version;
    }

    static Roadmap open(RoadmapId id, RecordRoadmap command) {
        Roadmap roadmap = new Roadmap(id, command.candidate(), command.title(), command.beganOn(), null, List.of(), List.of(), List.of(), 0);
        roadmap.revise(command);
        return roadmap;
    }

    RoadmapRecorded revise(RecordRoadmap command) {
        if (!command.candidate().equals(candidate)) {
            throw RuleViolation.of("candidate", "relations.roadmap.candidate.fixed", "A roadmap's candidate cannot change");
        }
        if (admittedOn != null && admittedOn.isBefore(command.beganOn())) {
            throw RuleViolation.of("beganOn", "relations.roadmap.beganAfterAdmission",
                    "The roadmap cannot begin after the admission (" + admittedOn + ")", admittedOn);
        }
        title = command.title();
        beganOn = command.beganOn();
        criteria = command.criteria();
        instruments = command.instruments();
        reviews = command.reviews();
        return new RoadmapRecorded(id, candidate, version + 1);
    }

    CandidateAdmitted admit(LocalDate on) {
        if (on == null) {
            throw RuleViolation.of("admittedOn", "relations.admission.date.required", "Give the day of admission");
        }
        if (on.isBefore(beganOn)) {
            throw RuleViolation.of("admittedOn", "relations.admission.beforeRoadmap",
                    "The admission cannot come before the roadmap began (" + beganOn + ")", beganOn);
        }
        admittedOn = on;
        return new CandidateAdmitted(id, candidate, on);
    }

    RoadmapView view() {
        return new RoadmapView(id, candidate, title, beganOn, admittedOn, criteria, instruments, reviews, version);
    }

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("candidate", candidate.value());
        fields.put("title", title.en());
        fields.put("beganOn", String.valueOf(beganOn));
        fields.put("admittedOn", admittedOn == null ? null : admittedOn.toString());
        for (int i = 0; i < criteria.size(); i++) {
            fields.put("criteria[" + i + "]", criteria.get(i).title().en() + ": " + criteria.get(i).status());
        }
        for (int i = 0; i < instruments.size(); i++) {
            fields.put("instruments[" + i + "]", instruments.get(i).title().en() + ": " + instruments.get(i).accededOn());
        }
        for (int i = 0; i < reviews.size(); i++) {
            fields.put("reviews[" + i + "]", reviews.get(i).meeting().toString());
        }
        return fields;
    }

    RoadmapId id() {
        return id;
    }

    PartyCode candidate() {
        return candidate;
    }

    LocalizedText title() {
        return title;
    }

    LocalDate beganOn() {
        return beganOn;
    }

    LocalDate admittedOn() {
        return admittedOn;
    }

    List<Criterion> criteria() {
        return criteria;
    }

    List<Instrument> instruments() {
        return instruments;
    }

    List<Review> reviews() {
        return reviews;
    }

    long version() {
        return version;
    }
}
