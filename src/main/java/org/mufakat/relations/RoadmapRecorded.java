package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;

/** A roadmap was recorded or revised. */
public record RoadmapRecorded(RoadmapId id, PartyCode candidate, long version) {
}
