package org.mufakat.chair;

import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** One of the chair's priorities for its year, in a cluster ("connectivity", "resilience"). */
@Table("chair_priority")
public record Priority(@Embedded.Nullable(prefix = "cluster_") LocalizedText cluster,
                       @Embedded.Nullable(prefix = "text_") LocalizedText text) {
}
