/**
 * The printed and exported forms of the record: document versions as DOCX and PDF, a meeting's outcome list as a
 * page, DOCX, PDF and CSV, and the Chair's press release of a meeting, drafted from its record and issued.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outputs")
package org.mufakat.outputs;
