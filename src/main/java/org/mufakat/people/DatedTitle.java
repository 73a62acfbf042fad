package org.mufakat.people;

import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.Period;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A title a person held ("Deputy Minister of Foreign Affairs, Head of ASEAN SOM Viet Nam") and when. */
@Table("person_title")
public record DatedTitle(@Embedded.Empty(prefix = "valid_") Period period,
                         @Embedded.Nullable(prefix = "title_") LocalizedText title) {

    public DatedTitle {
        if (title == null) {
            throw new IllegalArgumentException("A title needs a text");
        }
        period = period == null ? Period.always() : period;
    }

    public boolean heldAt(LocalDate date) {
        return period.contains(date);
    }
}
