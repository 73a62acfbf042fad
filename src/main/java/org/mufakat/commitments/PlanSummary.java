package org.mufakat.commitments;

import org.mufakat.documents.DocumentId;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.LocalizedText;

/**
 * A plan as listed; the adopting document as recorded, and that document in the documents module where it is
 * registered and the reader may open it.
 */
public record PlanSummary(PlanId id, LocalizedText title, FrameworkCode framework, int fromYear, int toYear,
                          AdoptingDocument adoptedBy, int areaCount, int actionLineCount, long version, DocumentId adoptingDocument) {
}
