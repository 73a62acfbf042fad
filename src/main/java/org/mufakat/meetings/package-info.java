/**
 * The calendar of meetings: series and their numbering, meetings with dates, venue, chair and status, the
 * chains in which one meeting prepares another, and the delegations, heads and bilaterals at each.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.mufakat.meetings;
