package org.mufakat.press;

import java.time.LocalDate;

/** A report that covers a meeting: some of its facts were accepted into the meeting's record. */
public record CoveringReport(ReportId id, String title, String sourceUrl, LocalDate published, int facts) {
}
