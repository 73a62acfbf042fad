package org.mufakat.commitments;

import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A numbered area of a plan ("5. Maritime cooperation"). */
@Table("plan_area")
public record PlanArea(int number, @Embedded.Empty(prefix = "title_") LocalizedText title) {

    public PlanArea {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("An area is numbered 1 to 99, not " + number);
        }
        if (title == null) {
            throw new IllegalArgumentException("Area " + number + " needs a title");
        }
    }
}
