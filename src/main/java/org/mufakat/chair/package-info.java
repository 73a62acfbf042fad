/**
 * Chair years: who chairs each year, its theme, priorities and initiatives, and the rotation rule that says
 * who should chair and where history departed from it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chair years")
package org.mufakat.chair;
