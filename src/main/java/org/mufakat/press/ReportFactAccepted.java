package org.mufakat.press;

import java.util.List;

/** A reviewer accepted a fact of a report (as read or corrected); {@code records} are what it created, updated or confirmed. */
public record ReportFactAccepted(ReportId report, int position, FactKind kind, List<RecordRef> records) {

    public ReportFactAccepted {
        records = List.copyOf(records);
    }
}
