package org.mufakat.press;

/**
 * What became of one report of an import: imported; a duplicate of a report imported before (same bytes: nothing
 * stored, {@code report} is the earlier one); imported as a near copy of {@code original}; or refused, with the code
 * and message of the reason.
 */
public record ImportOutcome(String name, Result result, ReportId report, ReportId original, String reasonCode, String reason) {

    public enum Result {
        IMPORTED, DUPLICATE, NEAR_COPY, REFUSED
    }

    static ImportOutcome imported(String name, ReportId report) {
        return new ImportOutcome(name, Result.IMPORTED, report, null, null, null);
    }

    static ImportOutcome duplicate(String name, ReportId existing) {
        return new ImportOutcome(name, Result.DUPLICATE, existing, existing, null, null);
    }

    static ImportOutcome nearCopy(String name, ReportId report, ReportId original) {
        return new ImportOutcome(name, Result.NEAR_COPY, report, original, null, null);
    }

    static ImportOutcome refused(String name, String code, String reason) {
        return new ImportOutcome(name, Result.REFUSED, null, null, code, reason);
    }
}
