package org.mufakat.meetings.web;

import org.mufakat.meetings.MeetingPage;

import java.util.List;

/** One page of a listing: {@code total} meetings match, pages of {@code size} counted from 0. */
record MeetingPageJson(List<MeetingJson> meetings, long total, int page, int size) {

    static MeetingPageJson of(MeetingPage page) {
        return new MeetingPageJson(page.meetings().stream().map(MeetingJson::of).toList(), page.total(), page.page(), page.size());
    }
}
