package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/** A roadmap as its page shows it; {@code admittedOn} is set once the candidate has been admitted. */
public record RoadmapView(RoadmapId id, PartyCode candidate, LocalizedText title, LocalDate beganOn, LocalDate admittedOn,
                          List<Criterion> criteria, List<Instrument> instruments, List<Review> reviews, long version) {

    public long criteriaMet() {
        return criteria.stream().filter(c -> c.status() == CriterionStatus.MET).count();
    }
}
