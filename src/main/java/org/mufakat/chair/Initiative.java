package org.mufakat.chair;

import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** An initiative the chair launches in its year. */
@Table("chair_initiative")
public record Initiative(@Embedded.Nullable(prefix = "title_") LocalizedText title,
                         @Embedded.Nullable(prefix = "description_") LocalizedText description) {
}
