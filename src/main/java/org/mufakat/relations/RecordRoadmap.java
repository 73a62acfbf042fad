package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;

/** A candidate's roadmap to membership as the record keeper states it: replaces criteria, instruments and reviews. */
public record RecordRoadmap(PartyCode candidate, LocalizedText title, LocalDate beganOn, List<Criterion> criteria,
                            List<Instrument> instruments, List<Review> reviews) {

    public RecordRoadmap {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        var problems = new RuleViolation.Collector()
                .check(candidate != null, "candidate", "relations.roadmap.candidate.required", "Name the candidate")
                .check(title != null, "title", "relations.roadmap.title.required", "Give the roadmap's title")
                .check(beganOn != null, "beganOn", "relations.roadmap.beganOn.required", "Give the day the roadmap began");
        for (int i = 0; i < criteria.size(); i++) {
            problems.check(criteria.get(i).title() != null && criteria.get(i).status() != null, "criteria[" + i + "]",
                    "relations.roadmap.criterion.incomplete", "A criterion needs a title and a status");
        }
        for (int i = 0; i < instruments.size(); i++) {
            Instrument instrument = instruments.get(i);
            problems.check(instrument.title() != null, "instruments[" + i + "]", "relations.roadmap.instrument.incomplete",
                    "An instrument needs a title");
        }
        for (int i = 0; i < reviews.size(); i++) {
            problems.check(reviews.get(i).meeting() != null, "reviews[" + i + "]", "relations.roadmap.review.incomplete",
                    "A review names its meeting");
        }
        problems.check(reviews.stream().map(Review::meeting).distinct().count() == reviews.size(), "reviews",
                "relations.roadmap.review.repeated", "A meeting is named twice among the reviews");
        problems.throwIfAny();
    }
}
