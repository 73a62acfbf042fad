package org.mufakat.meetings;

import java.util.List;

public record MeetingPage(List<MeetingSummary> meetings, long total, int page, int size) {

    public boolean hasMore() {
        return (long) (page + 1) * size < total;
    }
}
