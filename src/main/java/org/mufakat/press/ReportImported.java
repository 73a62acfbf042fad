package org.mufakat.press;

/**
 * A report was imported (stored, cleaned and read), or read again after a change of the rules: its title, text and
 * facts may be new. Search indexes it through {@link PressReports#find(ReportId)}.
 */
public record ReportImported(ReportId report, boolean readAgain) {
}
