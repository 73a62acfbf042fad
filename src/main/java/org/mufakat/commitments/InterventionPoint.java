package org.mufakat.commitments;

import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** One point of a statement, as reported. */
@Table("intervention_point")
record InterventionPoint(@Embedded.Empty(prefix = "text_") LocalizedText text) {
}
