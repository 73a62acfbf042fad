package org.mufakat.commitments;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import java.util.List;

/** An implementation report as shown. */
public record ReportView(ReportId id, PlanId plan, int year, PartyCode party, LocalizedText activity, ReportStatus status,
                         List<String> actionLines, long version) {
}
