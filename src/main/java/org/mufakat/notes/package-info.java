/**
 * A delegation's private notes and briefs on meetings: visible to that delegation's own officers and nobody else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delegation notes")
package org.mufakat.notes;
