package org.mufakat.meetings;

import org.mufakat.platform.domain.LocalizedText;

import java.util.List;

/** A meeting with everything its page shows: where it sits in preparation chains, its bundle, its delegations. */
public record MeetingDetails(MeetingSummary meeting, LocalizedText titleOverride, boolean chairFromChairYear, List<MeetingSummary> prepares,
                             List<MeetingSummary> preparedBy, BundleSummary bundle, List<DelegationDetails> delegations,
                             List<BilateralDetails> bilaterals) {
}
