package org.mufakat.press;

import java.time.LocalDate;

/**
 * A published report that names something followed in the record: its title, address and date, the phrase found and
 * the sentence it stands in.
 */
public record ReportMention(ReportId id, String title, String sourceUrl, LocalDate published, String language, String phrase,
                            String sentence) {
}
