package org.mufakat.meetings;

import org.mufakat.platform.domain.LocalizedText;

import java.util.List;

public record BundleSummary(BundleId id, LocalizedText title, List<MeetingSummary> meetings) {
}
