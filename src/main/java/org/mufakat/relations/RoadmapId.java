package org.mufakat.relations;

import org.mufakat.platform.domain.Identifier;

import java.util.UUID;

public record RoadmapId(UUID value) implements Identifier {

    public RoadmapId {
        if (value == null) {
            throw new IllegalArgumentException("A roadmap id needs a value");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
