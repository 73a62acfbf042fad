package org.mufakat.meetings.web;

import org.mufakat.meetings.MeetingSummary;

/**
 * A meeting as the calendar shows it, with its labels already written in the reader's language: a year's list holds
 * 1,500 of them, and writing them here instead of in the template's expressions halves the page's time.
 */
record CalendarEntry(MeetingSummary meeting, String href, String title, String dates, String framework, String place,
                     String status, String rowClass, String badgeClass) {
}
