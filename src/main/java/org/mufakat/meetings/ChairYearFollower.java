package org.mufakat.meetings;

import org.mufakat.chair.ChairYearOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a year's chair is recorded or changed, the year's meetings that took their chair from it follow. */
@Component
class ChairYearFollower {

    private final MeetingCalendar calendar;

    ChairYearFollower(MeetingCalendar calendar) {
        this.calendar = calendar;
    }

    @ApplicationModuleListener
    void on(ChairYearOpened opened) {
        calendar.followChairYear(opened.year(), opened.chair());
    }
}
