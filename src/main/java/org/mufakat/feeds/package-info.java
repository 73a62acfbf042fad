/**
 * Publishes the meeting calendar as iCalendar (RFC 5545) feeds, per framework, per country and whole, that
 * Google Calendar, Outlook and Thunderbird subscribe to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar feeds")
package org.mufakat.feeds;
