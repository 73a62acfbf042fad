package org.mufakat.press;

import java.time.LocalDate;

/** What search indexes of a report: its title, cleaned text, language ("vi", "en", "und"), address and publication date. */
public record ReportText(ReportId id, String title, String text, String language, String sourceUrl, LocalDate published) {
}
