package org.mufakat.press;

import java.time.Instant;
import java.time.LocalDate;

/** A report as listed for review: what it is, whether it copies another, and how far its facts are reviewed. */
public record ReportSummary(ReportId id, String title, String language, String fileName, String sourceUrl, LocalDate published,
                            String importedBy, Instant importedAt, ReportId copyOf, int facts, int decided, ReviewStatus status) {
}
