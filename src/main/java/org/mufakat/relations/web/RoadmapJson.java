package org.mufakat.relations.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.web.ApiInput;
import org.mufakat.platform.web.Bilingual;
import org.mufakat.relations.Criterion;
import org.mufakat.relations.CriterionStatus;
import org.mufakat.relations.Instrument;
import org.mufakat.relations.RecordRoadmap;
import org.mufakat.relations.Review;
import org.mufakat.relations.RoadmapView;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A roadmap to membership in the JSON API. {@code version} is also its ETag. */
record RoadmapJson(UUID id, String candidate, Bilingual title, LocalDate beganOn, LocalDate admittedOn, List<CriterionJson> criteria,
                   List<InstrumentJson> instruments, List<ReviewJson> reviews, long version) {

    static RoadmapJson of(RoadmapView r) {
        return new RoadmapJson(r.id().value(), r.candidate().value(), Bilingual.of(r.title()), r.beganOn(), r.admittedOn(),
                r.criteria().stream().map(c -> new CriterionJson(Bilingual.of(c.title()), c.status(), Bilingual.of(c.note()))).toList(),
                r.instruments().stream().map(i -> new InstrumentJson(Bilingual.of(i.title()), i.accededOn())).toList(),
                r.reviews().stream().map(v -> new ReviewJson(v.meeting().value(), Bilingual.of(v.note()))).toList(), r.version());
    }

    record CriterionJson(Bilingual title, CriterionStatus status, Bilingual note) {
    }

    /** @param accededOn null while not acceded, or not known */
    record InstrumentJson(Bilingual title, LocalDate accededOn) {
    }

    /** @param meeting the meeting that reviewed the roadmap (an ACCWG, a SOM ...) */
    record ReviewJson(UUID meeting, Bilingual note) {
    }

    /** @param version the version edited, for a revision (or If-Match) */
    record Request(@Schema(example = "TLS") String candidate, Bilingual title, LocalDate beganOn, List<CriterionJson> criteria,
                   List<InstrumentJson> instruments, List<ReviewJson> reviews, Long version) {

        RecordRoadmap toCommand() {
            return new RecordRoadmap(ApiInput.code("candidate", candidate, PartyCode::of), Bilingual.toText(title), beganOn,
                    criteria == null ? null : criteria.stream().filter(Objects::nonNull)
                            .map(c -> new Criterion(Bilingual.toText(c.title()), c.status(), Bilingual.toText(c.note()))).toList(),
                    instruments == null ? null : instruments.stream().filter(Objects::nonNull)
                            .map(i -> new Instrument(Bilingual.toText(i.title()), i.accededOn())).toList(),
                    reviews == null ? null : reviews.stream().filter(Objects::nonNull)
                            .map(v -> new Review(v.meeting() == null ? null : new MeetingId(v.meeting()), Bilingual.toText(v.note()))).toList());
        }
    }

    record AdmissionRequest(@Schema(example = "2025-10-26") LocalDate admittedOn) {
    }
}
