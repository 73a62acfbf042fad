package org.mufakat.relations;

import org.mufakat.platform.domain.LocalizedText;

/** A criterion the candidate must meet, with where it stands and a note on why (the source). */
public record Criterion(LocalizedText title, CriterionStatus status, LocalizedText note) {
}
