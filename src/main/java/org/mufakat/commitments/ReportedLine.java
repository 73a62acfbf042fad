package org.mufakat.commitments;

import org.springframework.data.relational.core.mapping.Table;

/** An action line an implementation report serves. */
@Table("implementation_report_line")
record ReportedLine(String code) {
}
