package org.mufakat.commitments;

import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.LocalizedText;

/** A plan as listed. */
public record PlanSummary(PlanId id, LocalizedText title, FrameworkCode framework, int fromYear, int toYear,
                          AdoptingDocument adoptedBy, int areaCount, int actionLineCount, long version) {
}
